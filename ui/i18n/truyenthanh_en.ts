<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AudioPreview</name>
    <message>
        <location filename="../audio_preview.py" line="111" />
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="111" />
        <source>Nghe thử</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="117" />
        <source>Không phát được tệp âm thanh: {message}</source>
        <translation>Cannot play the audio file: {message}</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../backup_panel.py" line="50" />
        <source>Sao lưu dữ liệu</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="58" />
        <source>Phần mềm tự sao lưu dữ liệu mỗi ngày vào thư mục của đài, giữ 14 ngày gần nhất và 12 bản cuối tháng. Nên chép thêm một bản ra ổ USB định kỳ.</source>
        <translation>The software backs up its data every day into the station folder, keeping the last 14 days and 12 month-ends. Copy one to a USB drive from time to time as well.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="70" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="73" />
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="76" />
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="79" />
        <source>Mở thư mục sao lưu</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="97" />
        <source>Đang mở ở chế độ chỉ xem: không sao lưu hay khôi phục được ở đây.</source>
        <translation>Opened read-only: backup and restore are not available here.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="108" />
        <source>{when}   ({size})   {name}</source>
        <translation>{when}   ({size})   {name}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="115" />
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="143" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="157" />
        <source>Đã sao lưu vào {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="163" />
        <source>Không sao lưu được: {message}</source>
        <translation>Backup failed: {message}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="179" />
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="181" />
        <source>Bản sao lưu (*.db);;Tất cả các tệp (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="188" />
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="190" />
        <source>Khôi phục dữ liệu từ {name}?

Bản sao lưu có {airings} lượt phát trong nhật ký (lần cuối: {last}) và {bulletins} bản tin.
Dữ liệu hiện tại ({current} lượt phát) được giữ lại ở một tệp riêng, không bị xoá.

Sau khi khôi phục, phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp.</source>
        <translation>Restore data from {name}?

The backup holds {airings} airings in the log (last: {last}) and {bulletins} bulletins.
The current data ({current} airings) is kept in a separate file, never deleted.

After restoring, the program closes; open it again to carry on.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="199" />
        <source>Bản sao lưu này thiếu {dropped} lượt phát cuối mà nhật ký hiện tại đã ghi (bản sao lưu đến lượt thứ {backup} trong chuỗi, nhật ký hiện tại đến lượt thứ {current}). Khôi phục sẽ bỏ {dropped} lượt phát này khỏi nhật ký; việc này được ghi vào bản ghi neo của nhật ký.</source>
        <translation>This backup lacks the last {dropped} airings the current log holds (the backup goes up to chain position {backup}, the current log up to {current}). Restoring drops these {dropped} airings from the log; this is recorded in the log's anchors.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="204" />
        <source>Cảnh báo: nhật ký trong bản sao lưu này đã bị sửa ngoài phần mềm.</source>
        <translation>Warning: the log in this backup was altered outside the software.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="211" />
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="217" />
        <source>Đang phát «{title}». Hãy dừng phát rồi mới khôi phục dữ liệu.</source>
        <translation>Now playing «{title}». Stop playout before restoring data.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="230" />
        <source>Khôi phục, bỏ {n} lượt phát</source>
        <translation>Restore, dropping {n} airings</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="232" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="234" />
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="255" />
        <source>Đã khôi phục dữ liệu từ {name}.</source>
        <translation>Data restored from {name}.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="257" />
        <source>Dữ liệu trước khi khôi phục được giữ lại ở:
{path}</source>
        <translation>The data from before the restore is kept at:
{path}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="260" />
        <source>Phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp.</source>
        <translation>The program will close; open it again to carry on.</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <location filename="../bulletin_editor.py" line="82" />
        <source>Ví dụ: Cảnh giác với cuộc gọi giả danh công an</source>
        <translation>E.g. Beware of calls from fake police officers</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="88" />
        <source>Chọn hoặc gõ tên chủ đề mới</source>
        <translation>Choose a topic or type a new one</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="95" />
        <source>Ghi chú cho cán bộ đài, không đọc lên loa</source>
        <translation>Notes for station staff, not read on air</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="98" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="99" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="100" />
        <source>Thực hiện văn bản</source>
        <translation>Implements document</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="107" />
        <source>Gõ hoặc dán nội dung bản tin cần đọc trên loa…</source>
        <translation>Type or paste the bulletin text to be read on air…</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="112" />
        <source>Cách máy sẽ đọc nội dung hiện ở đây.</source>
        <translation>How the computer will read the text appears here.</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="124" />
        <source>Nội dung bản tin</source>
        <translation>Bulletin text</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="128" />
        <source>Máy sẽ đọc là</source>
        <translation>The computer will read</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="140" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="156" />
        <source>(không gắn văn bản)</source>
        <translation>(no document)</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="250" />
        <source>Nội dung dùng bảng mã cũ {encoding} (phông chữ .Vn hoặc VNI) đã được tự chuyển sang Unicode. Hãy đọc lại để kiểm tra trước khi lưu (Ctrl+Z để hoàn tác).</source>
        <translation>The text used the old {encoding} encoding (.Vn or VNI fonts) and was converted to Unicode. Read it through before saving (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="275" />
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="298" />
        <source>Không có chữ nào đọc được trong nội dung này.</source>
        <translation>There is nothing readable in this text.</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="301" />
        <source>Nội dung dài: chỉ xem trước {n} ký tự đầu.</source>
        <translation>Long text: only the first {n} characters are previewed.</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="304" />
        <source>{n} câu</source>
        <translation>{n} sentences</translation>
    </message>
</context>
<context>
    <name>BulletinTableModel</name>
    <message>
        <location filename="../bulletin_table_model.py" line="43" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="44" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="45" />
        <source>Âm thanh</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="46" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="76" />
        <source>(chưa có chủ đề)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="79" />
        <source>{n} tiết mục</source>
        <translation>{n} segments</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="80" />
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="88" />
        <source>Cập nhật {when}</source>
        <translation>Updated {when}</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="92" />
        <source>Thực hiện văn bản số {number}</source>
        <translation>Implements document No. {number}</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="95" />
        <source>Bản tin mẫu do phần mềm tạo sẵn</source>
        <translation>Sample bulletin supplied with the software</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../bulletins_page.py" line="41" />
        <source>Văn bản (*.txt *.docx);;Tất cả các tệp (*)</source>
        <translation>Documents (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="42" />
        <source>Âm thanh (*.mp3 *.wav *.m4a);;Tất cả các tệp (*)</source>
        <translation>Audio (*.mp3 *.wav *.m4a);;All files (*)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="96" />
        <source>Tìm bản tin (gõ có dấu hoặc không dấu)…</source>
        <translation>Search bulletins (with or without diacritics)…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="126" />
        <location filename="../bulletins_page.py" line="523" />
        <source>Xóa tiết mục</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="131" />
        <source>Đọc lại với từ điển mới</source>
        <translation>Read again with the new dictionary</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="135" />
        <source>Tiết mục này được đọc với từ điển phát âm cũ hơn: đọc lại bản tin với từ điển hiện nay.</source>
        <translation>This item was read with an older pronunciation dictionary: read the bulletin again with today's dictionary.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="158" />
        <source>Lưu bản tin</source>
        <translation>Save bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="159" />
        <location filename="../bulletins_page.py" line="362" />
        <source>Xóa bản tin</source>
        <translation>Delete bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="160" />
        <source>Chuyển thành giọng nói</source>
        <translation>Convert to speech</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="82" />
        <location filename="../bulletins_page.py" line="390" />
        <source>Bản tin mới</source>
        <translation>New bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="83" />
        <source>Nhập từ tệp Word/.txt…</source>
        <translation>Import from Word/.txt…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="84" />
        <source>Nhập bản ghi âm…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="85" />
        <source>Từ điển phát âm</source>
        <translation>Pronunciation dictionary</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="201" />
        <source>Bản tin</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="202" />
        <source>Soạn, nhập và đọc thành giọng nói các bản tin tuyên truyền của đài.</source>
        <translation>Write, import and convert the station's awareness bulletins to speech.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="231" />
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="260" />
        <source>Tìm thấy {n} bản tin</source>
        <translation>{n} bulletins found</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="262" />
        <source>{n} bản tin</source>
        <translation>{n} bulletins</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="307" />
        <source>Bản tin chưa lưu</source>
        <translation>Unsaved bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="308" />
        <source>Bản tin đang soạn có thay đổi chưa lưu. Lưu lại không?</source>
        <translation>The bulletin you are editing has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="349" />
        <source>Đã lưu bản tin.</source>
        <translation>Bulletin saved.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="359" />
        <source>(không tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="364" />
        <source>Xóa bản tin “{title}”? Các tiết mục âm thanh đã tạo từ bản tin này vẫn được giữ lại (có thể đang nằm trong lịch phát).</source>
        <translation>Delete the bulletin “{title}”? The audio segments made from it are kept (they may be in the schedule).</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="380" />
        <source>Đã xóa bản tin.</source>
        <translation>Bulletin deleted.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="392" />
        <source> (chưa lưu)</source>
        <translation> (unsaved)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="393" />
        <source>Sửa bản tin</source>
        <translation>Edit bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="398" />
        <source>Chọn tệp bản tin</source>
        <translation>Choose a bulletin file</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="406" />
        <source>Đang đọc tệp {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="414" />
        <source>Đã nhập nội dung từ tệp. Hãy kiểm tra, chọn chủ đề rồi bấm “Lưu bản tin”.</source>
        <translation>Text imported from the file. Check it, choose a topic, then click “Save bulletin”.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="418" />
        <source>Đã nhập nội dung từ tệp dùng bảng mã cũ {encoding} và chuyển sang Unicode. Hãy đọc lại, chọn chủ đề rồi bấm “Lưu bản tin”.</source>
        <translation>Imported the text of a file in the old {encoding} encoding and converted it to Unicode. Read it through, choose a topic, then press “Save bulletin”.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="426" />
        <source>Chọn bản ghi âm</source>
        <translation>Choose a recording</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="443" />
        <source>Bản ghi âm chưa có tên.</source>
        <translation>The recording has no name.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="446" />
        <source>Chưa chọn chủ đề cho bản ghi âm.</source>
        <translation>No topic chosen for the recording.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="449" />
        <source>Đang kiểm tra bản ghi âm {name}…</source>
        <translation>Checking the recording {name}…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="469" />
        <source>Đã nhập bản ghi âm “{title}”.</source>
        <translation>Recording “{title}” imported.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="492" />
        <source>Bản ghi âm không gắn với bản tin nào</source>
        <translation>Recordings not linked to any bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="495" />
        <source>Âm thanh của bản tin này ({n})</source>
        <translation>Audio of this bulletin ({n})</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="515" />
        <source>Xóa tiết mục “{title}”?</source>
        <translation>Delete the segment “{title}”?</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="518" />
        <source>Tiết mục đang có trong lịch phát ({n} chỗ): lịch sẽ báo thiếu tiết mục.</source>
        <translation>The segment is in the schedule ({n} places): the schedule will report it missing.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="583" />
        <source>Đã lưu tiết mục giọng đọc. Có thể xếp vào lịch phát.</source>
        <translation>Speech segment saved. It can now be added to the schedule.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="602" />
        <source>Đã lưu từ điển phát âm (phiên bản {n}).</source>
        <translation>Pronunciation dictionary saved (version {n}).</translation>
    </message>
</context>
<context>
    <name>DailyBackupTimer</name>
    <message>
        <location filename="../daily_backup.py" line="73" />
        <source>Không tự sao lưu được dữ liệu hôm nay: {message}</source>
        <translation>Today's automatic backup failed: {message}</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../day_timeline.py" line="28" />
        <source>Dòng thời gian trong ngày: mỗi vạch là một tiết mục; vạch đỏ là bây giờ.</source>
        <translation>Today's timeline: each bar is a segment; the red line is now.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../emergency_dialog.py" line="24" />
        <source>Phát khẩn cấp</source>
        <translation>Emergency broadcast</translation>
    </message>
    <message>
        <location filename="../emergency_dialog.py" line="25" />
        <source>PHÁT KHẨN CẤP — chọn tiết mục cần phát ngay. Tiết mục đang phát sẽ bị ngắt (ghi “Bị ngắt” trong nhật ký) và tiết mục khẩn cấp phát ngay lập tức.</source>
        <translation>EMERGENCY BROADCAST — choose the segment to play now. The segment on air is cut off (logged as “Interrupted”) and the emergency segment plays at once.</translation>
    </message>
    <message>
        <location filename="../emergency_dialog.py" line="30" />
        <source>Phát khẩn cấp…</source>
        <translation>Emergency broadcast…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="29" />
        <source>Có lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../errors.py" line="47" />
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../errors.py" line="48" />
        <source>Phần mềm gặp lỗi không mong đợi nhưng vẫn tiếp tục chạy.

{error}

Chi tiết đã được ghi vào tệp nhật ký:
{path}</source>
        <translation>The program hit an unexpected error but keeps running.

{error}

Details were written to the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../application.py" line="49" />
        <source>Cần chú ý</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../application.py" line="66" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../formats.py" line="18" />
        <source>vi</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/labels.py" line="43" />
        <source>Chờ phát</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="44" />
        <source>Đang bắt đầu</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="45" />
        <source>Thêm sau giờ phát</source>
        <translation>Added after its time</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="28" />
        <source>Đang phát</source>
        <translation>Playing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="29" />
        <source>Đã phát xong</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="30" />
        <source>Bị ngắt</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="31" />
        <source>Bị lỡ</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="32" />
        <source>Lỗi</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="33" />
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="36" />
        <source>Theo lịch</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="37" />
        <source>Phát tay</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="38" />
        <location filename="../../app/labels.py" line="59" />
        <source>Khẩn cấp</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="39" />
        <location filename="../../app/labels.py" line="65" />
        <source>Đọc trực tiếp</source>
        <translation>Live reading</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="46" />
        <source>Đang tiếp sóng</source>
        <translation>Relaying</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="51" />
        <source>Được tính</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="52" />
        <source>Ngắt sớm</source>
        <translation>Cut short</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="53" />
        <source>Không niêm phong</source>
        <translation>Not sealed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="57" />
        <source>Thông thường</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="58" />
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="66" />
        <source>Tiếp sóng</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="69" />
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="70" />
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="71" />
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="72" />
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="73" />
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="74" />
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="75" />
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="78" />
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="79" />
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="80" />
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="81" />
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="82" />
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="83" />
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="84" />
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="86" />
        <source>Hằng ngày</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="62" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="63" />
        <source>Bản ghi âm</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="64" />
        <source>Nhạc hiệu</source>
        <translation>Jingle</translation>
    </message>
</context>
<context>
    <name>LiveReadingDialog</name>
    <message>
        <location filename="../live_reading_dialog.py" line="26" />
        <source>Đọc trực tiếp</source>
        <translation>Live reading</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="30" />
        <source>Bắt đầu đọc trực tiếp qua micrô. Phát tự động tạm chờ cho tới khi bấm “Kết thúc đọc trực tiếp”; thời gian đọc được ghi vào nhật ký.</source>
        <translation>Start a live reading on the microphone. Automatic playout waits until you click “End live reading”; the reading time is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="40" />
        <source>(không theo bản tin nào)</source>
        <translation>(no bulletin)</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="47" />
        <source>Ví dụ: Thông báo lịch tiêm chủng</source>
        <translation>E.g. Vaccination schedule announcement</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="57" />
        <source>Đọc bản tin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="58" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="59" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="63" />
        <source>Bắt đầu đọc</source>
        <translation>Start reading</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="66" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LogAlarm</name>
    <message>
        <location filename="../log_alarm.py" line="16" />
        <source>⚠ Nhật ký đang ghi tạm vào tệp dự phòng ({n} bản ghi chờ) vì {reason}. Đài vẫn phát; nhật ký sẽ tự ghi lại khi cơ sở dữ liệu ghi được.</source>
        <translation>⚠ The log is being written to the backup journal for now ({n} records waiting) because {reason}. The station keeps playing; the log catches up by itself once the database can be written.</translation>
    </message>
    <message>
        <location filename="../log_alarm.py" line="22" />
        <source>⛔ KHÔNG GHI ĐƯỢC NHẬT KÝ ({reason}): {n} bản ghi chỉ còn trong bộ nhớ. Đài vẫn phát. Hãy giải phóng hoặc kiểm tra ổ đĩa ngay và ghi tay các lượt phát.</source>
        <translation>⛔ THE LOG CANNOT BE WRITTEN ({reason}): {n} records are only in memory. The station keeps playing. Free or check the disk now and write the airings down by hand.</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <location filename="../log_import_dialog.py" line="25" />
        <location filename="../log_import_dialog.py" line="36" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="26" />
        <source>Lượt phát</source>
        <translation>Airings</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="27" />
        <source>Số phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="28" />
        <source>Ngắt sớm</source>
        <translation>Cut short</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="29" />
        <source>Không phát</source>
        <translation>Off air</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="30" />
        <source>Chủ đề mới</source>
        <translation>New topic</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="33" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="34" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="35" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="37" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="38" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="48" />
        <source>Nhập nhật ký từ tệp CSV</source>
        <translation>Import log from CSV file</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="61" />
        <source>Không nhập được tệp {name}: mọi dòng đều phải hợp lệ, hãy sửa tệp rồi nhập lại. Chưa có gì được ghi vào nhật ký.</source>
        <translation>Cannot import {name}: every row must be valid; correct the file and import it again. Nothing has been written to the log.</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="72" />
        <location filename="../log_import_dialog.py" line="79" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="75" />
        <source>Tệp {name} không có dòng mới: {n} dòng đã có trong nhật ký.</source>
        <translation>{name} has no new rows: {n} rows are already in the log.</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="82" />
        <source>Từ tệp {name}: {summary}.</source>
        <translation>From {name}: {summary}.</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="84" />
        <source>Theo chủ đề:</source>
        <translation>By topic:</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="95" />
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="102" />
        <source>Các dòng sẽ được thêm ({shown}/{n}):</source>
        <translation>Rows to be added ({shown}/{n}):</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="119" />
        <source>Nhập {n} dòng</source>
        <translation>Import {n} rows</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="123" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../log_page.py" line="39" />
        <source>CSV (*.csv);;Tất cả các tệp (*)</source>
        <translation>CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="44" />
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="45" />
        <source>Được tính (phát xong, hoặc bị ngắt khi đã phát đủ)</source>
        <translation>Counted (completed, or interrupted after enough went out)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="46" />
        <source>Ngắt sớm (không tính)</source>
        <translation>Cut short (not counted)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="47" />
        <source>Không phát (lỡ, lỗi, bỏ qua)</source>
        <translation>Not aired (missed, failed, skipped)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="49" />
        <source>Không niêm phong (bị thêm ngoài phần mềm)</source>
        <translation>Not sealed (added outside the software)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="102" />
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="103" />
        <source>7 ngày</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="104" />
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="145" />
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="148" />
        <source>Ghi mọi dòng của khoảng ngày đang chọn (mọi chủ đề, mọi trạng thái) ra tệp CSV mở được bằng Excel.</source>
        <translation>Write every row in the chosen date range (all topics, all statuses) to a CSV file that Excel can open.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="151" />
        <source>Nhập CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="153" />
        <source>Thêm nhật ký cũ (sổ tay, Excel) từ tệp CSV; xem trước những gì sẽ được thêm rồi mới ghi.</source>
        <translation>Add an older log (notebook, Excel) from a CSV file; preview what will be added before it is written.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="178" />
        <source>Nhật ký phát sóng</source>
        <translation>Airtime log</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="182" />
        <source>Mỗi lần phát thật được ghi một dòng lúc bắt đầu và hoàn tất lúc kết thúc. Nhật ký là bằng chứng: phần mềm không sửa, không xóa dòng nào.</source>
        <translation>Every real airing gets a row when it starts, completed when it ends. The log is evidence: the software never edits or deletes a row.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="191" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="193" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="216" />
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="218" />
        <location filename="../log_page.py" line="252" />
        <source>(không có chủ đề)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="274" />
        <source>&lt;b&gt;Ngày bắt đầu sau ngày kết thúc&lt;/b&gt;: hãy chọn lại khoảng ngày.</source>
        <translation>&lt;b&gt;The start date is after the end date&lt;/b&gt;: choose the date range again.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="282" />
        <source>&lt;b&gt;{rows}&lt;/b&gt; dòng đang hiện · &lt;b&gt;{counted}&lt;/b&gt; lượt phát được tính · &lt;b&gt;{minutes}&lt;/b&gt; phút phát sóng · {cut_short} lượt ngắt sớm ({cut_seconds} giây, không tính) · {not_aired} lượt không phát (lỡ, lỗi, bỏ qua)</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; rows shown · &lt;b&gt;{counted}&lt;/b&gt; airings counted · &lt;b&gt;{minutes}&lt;/b&gt; minutes on air · {cut_short} cut short ({cut_seconds} seconds, not counted) · {not_aired} not aired (missed, failed, skipped)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="294" />
        <source> · {n} đang phát</source>
        <translation> · {n} playing</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="297" />
        <source>{n} dòng không niêm phong, bị thêm ngoài phần mềm (không tính)</source>
        <translation>{n} rows not sealed, added outside the software (not counted)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="302" />
        <source>Lượt bị ngắt chỉ được tính khi đã phát ít nhất {share} thời lượng dự kiến (lượt không có thời lượng dự kiến: ít nhất 60 giây); đổi tỷ lệ này trong Cài đặt.</source>
        <translation>An interrupted airing counts only once at least {share} of its planned length went out (with no planned length: at least 60 seconds); change this share in Settings.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="363" />
        <source>Không kiểm tra được nhật ký: {error}</source>
        <translation>Cannot check the log: {error}</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="376" />
        <source>Xuất nhật ký ra CSV</source>
        <translation>Export log to CSV</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="383" />
        <source>Đang xuất nhật ký…</source>
        <translation>Exporting the log…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="387" />
        <source>Đã xuất {n} dòng ({first} – {last}) vào {path}.</source>
        <translation>Exported {n} rows ({first} – {last}) to {path}.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="410" />
        <source>Chọn tệp nhật ký CSV</source>
        <translation>Choose a CSV log file</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="419" />
        <source>Đang đọc tệp {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="455" />
        <source>Đã nhập {n} dòng từ {name}.</source>
        <translation>Imported {n} rows from {name}.</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../log_table_model.py" line="43" />
        <source>Ngắt sớm: phát chưa đủ thời lượng để được tính, không cộng vào tần suất, thời lượng.</source>
        <translation>Cut short: did not play long enough to count; adds to neither frequency nor duration.</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="46" />
        <source>Dòng không được niêm phong vào chuỗi mã: bị thêm ngoài phần mềm, không được tính.</source>
        <translation>Row not sealed into the hash chain: added outside the software, never counted.</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="63" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="64" />
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="65" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="66" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="67" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="68" />
        <source>Kiểu phát</source>
        <translation>Play type</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="69" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="70" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="71" />
        <source>Giờ dự kiến</source>
        <translation>Scheduled time</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="72" />
        <source>Người vận hành</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="132" />
        <source>(dòng số {id} không còn đọc được)</source>
        <translation>(row {id} can no longer be read)</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="139" />
        <source>(không phát)</source>
        <translation>(not aired)</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="170" />
        <source>Lượt số {id}</source>
        <translation>Airing No. {id}</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="172" />
        <source>Nhập từ tệp CSV</source>
        <translation>Imported from a CSV file</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="175" />
        <source>Thời lượng dự kiến {length}</source>
        <translation>Planned duration {length}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="52" />
        <source>Truyền Thanh Phường — {name}</source>
        <translation>Truyền Thanh Phường — {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>Bản tin</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103" />
        <source>Lịch phát</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <source>Phát sóng</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105" />
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>Không bắt đầu được phát sóng tự động: {error}</source>
        <translation>Cannot start automatic playout: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>Đã hoàn tất lần nhập nhật ký bị dừng giữa chừng.</source>
        <translation>The log import that was stopped half-way has been finished.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196" />
        <source>Giọng Google: đang kiểm tra…</source>
        <translation>Google voice: checking…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220" />
        <source>ĐANG ĐỌC TRỰC TIẾP: {title}</source>
        <translation>LIVE READING: {title}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222" />
        <source>ĐANG PHÁT: {title}</source>
        <translation>ON AIR: {title}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224" />
        <source>Đã dừng phát tự động</source>
        <translation>Automatic playout stopped</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226" />
        <source>Không phát</source>
        <translation>Off air</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239" />
        <source>Giọng Google: sẵn sàng</source>
        <translation>Google voice: ready</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241" />
        <source>Giọng Google: không kết nối (dùng giọng offline)</source>
        <translation>Google voice: unreachable (offline voice in use)</translation>
    </message>
    <message>
        <location filename="../application.py" line="57" />
        <source> — CHỈ XEM (không phát, không ghi)</source>
        <translation> — READ-ONLY (no playout, no changes)</translation>
    </message>
</context>
<context>
    <name>OnAirPage</name>
    <message>
        <location filename="../on_air_page.py" line="63" />
        <source>ĐANG PHÁT</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="64" />
        <source>ĐANG BẮT ĐẦU PHÁT</source>
        <translation>STARTING</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="65" />
        <source>ĐANG ĐỌC TRỰC TIẾP</source>
        <translation>LIVE READING</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="66" />
        <source>ĐANG PHÁT KHẨN CẤP</source>
        <translation>EMERGENCY ON AIR</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="67" />
        <source>ĐANG TIẾP SÓNG</source>
        <translation>RELAYING</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="68" />
        <source>KHÔNG PHÁT</source>
        <translation>OFF AIR</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="69" />
        <source>ĐÃ DỪNG PHÁT TỰ ĐỘNG</source>
        <translation>AUTOMATIC PLAYOUT STOPPED</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="70" />
        <source>CHỈ XEM — MÁY NÀY KHÔNG PHÁT</source>
        <translation>VIEW ONLY — THIS COMPUTER DOES NOT PLAY</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="213" />
        <source>▶ Phát ngay</source>
        <translation>▶ Play now</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="214" />
        <source>Phát ngay mục đang chọn trong danh sách (hoặc mục tiếp theo).</source>
        <translation>Play the selected item in the list now (or the next one).</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="215" />
        <source>» Bỏ qua</source>
        <translation>» Skip</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="216" />
        <source>Dừng tiết mục đang phát và chuyển sang mục tiếp theo.</source>
        <translation>Stop the segment on air and move to the next item.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="217" />
        <location filename="../on_air_page.py" line="494" />
        <source>■ Dừng</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="218" />
        <source>⚠ Khẩn cấp</source>
        <translation>⚠ Emergency</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="219" />
        <source>Chọn một tiết mục và phát ngay, ngắt tiết mục đang phát.</source>
        <translation>Choose a segment and play it at once, cutting off the one on air.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="220" />
        <location filename="../on_air_page.py" line="502" />
        <source>● Đọc trực tiếp</source>
        <translation>● Live reading</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="254" />
        <source>Danh sách phát hôm nay</source>
        <translation>Today's rundown</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="261" />
        <source>Diễn biến</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="276" />
        <source>Phát sóng</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="370" />
        <source>Không có tiết mục nào đang phát</source>
        <translation>Nothing on air</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="372" />
        <source>Bấm “Tiếp tục phát tự động” để đài phát lại theo lịch.</source>
        <translation>Click “Resume automatic playout” to play the schedule again.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="374" />
        <source>Phần mềm đang mở chỉ để xem; máy khác đang giữ việc phát sóng.</source>
        <translation>Opened read-only; another computer is doing the playout.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="376" />
        <source>Đài sẽ tự phát khi đến giờ của tiết mục tiếp theo.</source>
        <translation>The station plays the next segment automatically when its time comes.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="393" />
        <source>(chưa có chủ đề)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="395" />
        <source>bắt đầu {time}</source>
        <translation>started {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="397" />
        <source>Đã phát {time}</source>
        <translation>Elapsed {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="401" />
        <source>Còn lại {time}</source>
        <translation>Remaining {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="405" />
        <source>Bấm “Kết thúc đọc trực tiếp” khi đọc xong</source>
        <translation>Click “End live reading” when you have finished</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="410" />
        <source>&lt;b&gt;TIẾP THEO:&lt;/b&gt; không còn tiết mục nào trong lịch hôm nay.</source>
        <translation>&lt;b&gt;NEXT:&lt;/b&gt; nothing more in today's schedule.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="419" />
        <source>&lt;b&gt;TIẾP THEO:&lt;/b&gt; {when} — &lt;b&gt;{title}&lt;/b&gt; ({length}) · {source}</source>
        <translation>&lt;b&gt;NEXT:&lt;/b&gt; {when} — &lt;b&gt;{title}&lt;/b&gt; ({length}) · {source}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="446" />
        <source>Danh sách phát hôm nay: {n} mục, đã phát xong {done}</source>
        <translation>Today's rundown: {n} items, {done} completed</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="491" />
        <source>▶ Tiếp tục phát tự động</source>
        <translation>▶ Resume automatic playout</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="499" />
        <source>■ Kết thúc đọc trực tiếp</source>
        <translation>■ End live reading</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="521" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="542" />
        <location filename="../on_air_page.py" line="544" />
        <source>Phát ngay</source>
        <translation>Play now</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="543" />
        <source>Ngắt «{current}» để phát ngay «{title}»?</source>
        <translation>Cut off «{current}» to play «{title}» now?</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="561" />
        <source>Dừng phát sóng?

</source>
        <translation>Stop playout?

</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="563" />
        <source>«{title}» sẽ bị ngắt (ghi “Bị ngắt” trong nhật ký). </source>
        <translation>«{title}» will be cut off (logged as “Interrupted”). </translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="565" />
        <source>Phát tự động tạm dừng cho tới khi bấm “Tiếp tục phát tự động”; các mục đến giờ trong lúc dừng sẽ bị ghi là bỏ qua.</source>
        <translation>Automatic playout pauses until you click “Resume automatic playout”; items due while it is stopped are logged as skipped.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="568" />
        <source>Dừng phát</source>
        <translation>Stop playout</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="581" />
        <source>Phát khẩn cấp «{title}» ngay bây giờ?</source>
        <translation>Broadcast «{title}» as an emergency now?</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="583" />
        <source>«{current}» đang phát sẽ bị ngắt.</source>
        <translation>«{current}», now on air, will be cut off.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="584" />
        <source>Phát khẩn cấp</source>
        <translation>Emergency broadcast</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="584" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="618" />
        <source>{when} Bắt đầu «{title}» ({trigger})</source>
        <translation>{when} Started «{title}» ({trigger})</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="620" />
        <source>{when} {status}: «{title}», {length}</source>
        <translation>{when} {status}: «{title}», {length}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="624" />
        <source>{when} {status}: «{title}»</source>
        <translation>{when} {status}: «{title}»</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../reports_page.py" line="233" />
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="243" />
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="245" />
        <source>đến</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PlayoutDriver</name>
    <message>
        <location filename="../playout_driver.py" line="130" />
        <source>Lỗi không mong đợi khi phát sóng: {error}</source>
        <translation>Unexpected playout error: {error}</translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <location filename="../pronunciation_dialog.py" line="38" />
        <source>Từ điển phát âm</source>
        <translation>Pronunciation dictionary</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="52" />
        <source>Tìm chữ viết tắt hoặc cách đọc…</source>
        <translation>Search abbreviations or readings…</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="58" />
        <source>Viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="58" />
        <source>Đọc là</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="67" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="70" />
        <source>Xóa dòng đang chọn</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="73" />
        <location filename="../pronunciation_dialog.py" line="167" />
        <source>Khôi phục mặc định</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="94" />
        <source>Lưu từ điển</source>
        <translation>Save dictionary</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="98" />
        <source>Đóng, không lưu</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="114" />
        <source>Chữ viết tắt và cách máy đọc chúng. Chữ viết tắt viết hoa toàn bộ chỉ khớp đúng chữ hoa; mục có chữ thường (như “V/v”, “Zalo”) khớp không phân biệt hoa thường. Mục đã xóa khỏi bảng thì máy không đọc theo mục đó nữa: chữ viết hoa được đánh vần từng chữ cái.</source>
        <translation>Abbreviations and how the voice reads them. An abbreviation in capitals only matches those capitals; an entry with small letters (such as “V/v”, “Zalo”) matches in any case. An entry deleted from the table is no longer read that way: capitals are spelled letter by letter.</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="123" />
        <source>Thử đọc một câu:</source>
        <translation>Try a sentence:</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="46" />
        <source>Phiên bản từ điển: {n}</source>
        <translation>Dictionary version: {n}</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="168" />
        <source>Thay toàn bộ bảng bằng từ điển mặc định của phần mềm? Các mục đã thêm hoặc sửa sẽ mất khi lưu.</source>
        <translation>Replace the whole table with the software's default dictionary? Entries you added or changed are lost when you save.</translation>
    </message>
</context>
<context>
    <name>RecordingDialog</name>
    <message>
        <location filename="../recording_dialog.py" line="38" />
        <source>Nhập bản ghi âm</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="50" />
        <source>Gắn với bản tin “{title}”</source>
        <translation>Linked to the bulletin “{title}”</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="56" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="57" />
        <source>Tên tiết mục</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="58" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="60" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="61" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../relay_dialog.py" line="60" />
        <location filename="../relay_dialog.py" line="130" />
        <source>Thêm tiếp sóng</source>
        <translation>Add relay</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="64" />
        <source>Tiếp sóng đài cấp trên (luồng Internet hoặc máy thu FM cắm vào đường vào âm thanh). Khi mất tín hiệu, đài phát tiết mục dự phòng và tự kết nối lại.</source>
        <translation>Relay a higher-level station (an internet stream, or an FM receiver plugged into the audio input). When the signal is lost, the station plays the fallback item and reconnects by itself.</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="73" />
        <source>Ví dụ: Thời sự Đài Phát thanh tỉnh</source>
        <translation>e.g. Provincial radio news</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="74" />
        <source>Luồng Internet</source>
        <translation>Internet stream</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="76" />
        <source>Đường vào âm thanh của máy</source>
        <translation>This computer's audio input</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="93" />
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="96" />
        <source>(không theo chủ đề nào)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="101" />
        <source>Nhạc chờ của đài</source>
        <translation>Station interval music</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="106" />
        <source>Nghe thử nguồn</source>
        <translation>Test the source</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="121" />
        <source>Tên chương trình</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="122" />
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="123" />
        <source>Địa chỉ luồng</source>
        <translation>Stream address</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="124" />
        <source>Thiết bị thu</source>
        <translation>Input device</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="125" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="126" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="127" />
        <source>Khi mất tín hiệu phát</source>
        <translation>When the signal is lost, play</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="163" />
        <source>Đang nghe thử nguồn…</source>
        <translation>Testing the source…</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="175" />
        <source>Nguồn phát tốt: có âm thanh sau {seconds} giây.</source>
        <translation>The source works: sound after {seconds} s.</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="181" />
        <source>Kết nối được nhưng nguồn đang im lặng.</source>
        <translation>Connected, but the source is silent.</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="185" />
        <source>Không nghe được nguồn.</source>
        <translation>The source cannot be heard.</translation>
    </message>
</context>
<context>
    <name>RelayStatusLabel</name>
    <message>
        <location filename="../relay_status.py" line="34" />
        <source>Mất tín hiệu — đang phát dự phòng, đang kết nối lại</source>
        <translation>Signal lost — playing the fallback, reconnecting</translation>
    </message>
    <message>
        <location filename="../relay_status.py" line="36" />
        <source>Đã tiếp sóng {relayed} · dự phòng {fallback}</source>
        <translation>Relayed {relayed} · fallback {fallback}</translation>
    </message>
    <message>
        <location filename="../relay_status.py" line="40" />
        <source>kết nối lại {count} lần</source>
        <translation>reconnected {count} times</translation>
    </message>
    <message>
        <location filename="../relay_status.py" line="41" />
        <source>Nguồn: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../report/charts.py" line="90" />
        <source>Kỳ so sánh ({period})</source>
        <translation>Comparison period ({period})</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="94" />
        <source>Kỳ báo cáo ({period})</source>
        <translation>Report period ({period})</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="127" />
        <source>Thời lượng phát sóng theo tuần (phút)</source>
        <translation>Airtime per week (minutes)</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="143" />
        <source>Tuần bắt đầu ngày (nhạt: kỳ so sánh, đậm: kỳ báo cáo)</source>
        <translation>Week starting (light: comparison period, dark: report period)</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="145" />
        <source>Tuần bắt đầu ngày</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="154" />
        <source>phút</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="171" />
        <source>Thời lượng bình quân mỗi ngày theo chủ đề (phút/ngày)</source>
        <translation>Average daily airtime by topic (minutes/day)</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="180" />
        <source>Kỳ so sánh</source>
        <translation>Comparison period</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="184" />
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="198" />
        <source>phút/ngày</source>
        <translation>minutes/day</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../reports_page.py" line="89" />
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="132" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="133" />
        <source>Tần suất (lượt)</source>
        <translation>Frequency (airings)</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="134" />
        <source>Lượt kỳ so sánh</source>
        <translation>Airings, comparison</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="135" />
        <source>Tăng, giảm lượt</source>
        <translation>Change in airings</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="136" />
        <source>Thời lượng (phút)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="137" />
        <source>Phút kỳ so sánh</source>
        <translation>Minutes, comparison</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="138" />
        <source>Tăng, giảm phút</source>
        <translation>Change in minutes</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="139" />
        <source>Lượt/ngày</source>
        <translation>Airings/day</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="140" />
        <source>Phút/ngày</source>
        <translation>Minutes/day</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="163" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../reports_page.py" line="339" />
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="340" />
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="341" />
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="342" />
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="343" />
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="344" />
        <source>Quý trước</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="345" />
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="352" />
        <source>Không so sánh</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="353" />
        <source>Kỳ liền trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="354" />
        <source>Cùng kỳ năm trước</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="360" />
        <source>3 tháng trước văn bản chỉ đạo số {number}</source>
        <translation>3 months before directive No. {number}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="374" />
        <source>Lập báo cáo</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="383" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="400" />
        <source>Chọn kỳ báo cáo</source>
        <translation>Choose the report period</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="402" />
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="404" />
        <source>So sánh với</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="406" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="417" />
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="418" />
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="419" />
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="420" />
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="421" />
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="422" />
        <source>Xuất JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="449" />
        <source>Chọn kỳ báo cáo rồi bấm “Lập báo cáo”.</source>
        <translation>Choose the report period, then click “Make report”.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="484" />
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="314" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="318" />
        <source>Báo cáo tần suất (số lượt) và thời lượng (số phút) phát sóng theo chủ đề, so với một kỳ trước, để in trình lãnh đạo ký. Chỉ tính các lượt đã phát (kể cả bị ngắt); lượt bị lỡ, lỗi, bỏ qua được liệt kê riêng.</source>
        <translation>Broadcast frequency (airings) and duration (minutes) by topic, compared with an earlier period, printed for the leaders to sign. Only aired items count (interrupted ones included); missed, failed and skipped ones are listed separately.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="513" />
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="570" />
        <source>Đã dừng lập báo cáo.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="586" />
        <source>Không lập được báo cáo.</source>
        <translation>Cannot make the report.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="591" />
        <source>Không lập được báo cáo: {error}</source>
        <translation>Cannot make the report: {error}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="629" />
        <source>⚠ {warning}. Báo cáo in ra sẽ mang cảnh báo này.
{detail}</source>
        <translation>⚠ {warning}. The printed report will carry this warning.
{detail}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="630" />
        <source>Nhật ký đã bị sửa ngoài phần mềm</source>
        <translation>The log was altered outside the software</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="659" />
        <source>Từ {start} đến {end} ({days} ngày): &lt;b&gt;{airings}&lt;/b&gt; lượt, &lt;b&gt;{minutes}&lt;/b&gt; phút; bình quân {per_day} lượt, {minutes_per_day} phút mỗi ngày.</source>
        <translation>From {start} to {end} ({days} days): &lt;b&gt;{airings}&lt;/b&gt; airings, &lt;b&gt;{minutes}&lt;/b&gt; minutes; on average {per_day} airings, {minutes_per_day} minutes a day.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="673" />
        <source>So với {start} - {end}: {airings} lượt, {minutes} phút. Tần suất {airings_change}, thời lượng {minutes_change}.</source>
        <translation>Compared with {start} - {end}: {airings} airings, {minutes} minutes. Frequency {airings_change}, duration {minutes_change}.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="684" />
        <source>Không phát được: bị lỡ {missed}, lỗi {failed}, bỏ qua {skipped}.</source>
        <translation>Not aired: missed {missed}, failed {failed}, skipped {skipped}.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="686" />
        <source>Ngắt sớm (phát chưa đủ {share} thời lượng dự kiến, không tính): {cut_short} lượt, {seconds} giây.</source>
        <translation>Cut short (less than {share} of the planned length, not counted): {cut_short} airings, {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="720" />
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="737" />
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="751" />
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="787" />
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="798" />
        <source>Không lưu được báo cáo: {error}</source>
        <translation>Cannot save the report: {error}</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <location filename="../rundown_model.py" line="47" />
        <source>Giờ phát</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="48" />
        <source>Tiết mục</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="49" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="50" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="51" />
        <source>Khung giờ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="52" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="83" />
        <source>Phát riêng</source>
        <translation>One-off</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="85" />
        <source>Khung giờ #{id}</source>
        <translation>Window #{id}</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="125" />
        <source>Bắt đầu thật lúc {time}</source>
        <translation>Actually started at {time}</translation>
    </message>
</context>
<context>
    <name>ScheduleModels</name>
    <message>
        <location filename="../schedule_models.py" line="59" />
        <source>(tiết mục đã bị xóa)</source>
        <translation>(segment deleted)</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="65" />
        <source>Chỉ ngày {day}</source>
        <translation>Only on {day}</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="92" />
        <source> — mọi ngày trong {n} ngày tới.</source>
        <translation> — every day in the next {n} days.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="94" />
        <source> — các ngày {days}.</source>
        <translation> — on {days}.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="146" />
        <source>Khung giờ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="147" />
        <location filename="../schedule_models.py" line="222" />
        <source>Giờ phát</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="148" />
        <source>Ngày phát</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="149" />
        <source>Số mục</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="178" />
        <source>{name} (tạm ngưng)</source>
        <translation>{name} (paused)</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="192" />
        <source>Đợt từ {first} đến {last}</source>
        <translation>Campaign from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="223" />
        <location filename="../schedule_models.py" line="456" />
        <source>Tiết mục</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="224" />
        <location filename="../schedule_models.py" line="457" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="225" />
        <location filename="../schedule_models.py" line="458" />
        <source>Mức ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="299" />
        <source>Tiết mục #{id} không còn tồn tại.</source>
        <translation>Segment #{id} no longer exists.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="302" />
        <source>Tiết mục chưa có âm thanh (hoặc mất tệp âm thanh).</source>
        <translation>The segment has no audio (or its audio file is missing).</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="308" />
        <source>Phát quá giờ kết thúc khung giờ ({end}) {over}.</source>
        <translation>Runs {over} past the end of the window ({end}).</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="337" />
        <source>Kéo thả để đổi thứ tự phát.</source>
        <translation>Drag and drop to change the playing order.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="455" />
        <source>Thời điểm phát</source>
        <translation>Play at</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="499" />
        <source>Tiết mục không còn tồn tại hoặc chưa có âm thanh.</source>
        <translation>The segment no longer exists or has no audio.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="504" />
        <source>  (đã qua)</source>
        <translation>  (past)</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../schedule_page.py" line="103" />
        <source>Khung giờ phát</source>
        <translation>Broadcast windows</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="104" />
        <source>Mục phát riêng</source>
        <translation>One-off items</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="105" />
        <source>Lịch cả tuần</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="120" />
        <source>Lịch phát</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="124" />
        <source>Khung giờ phát hằng ngày, thứ tự các tiết mục trong từng khung giờ và các mục phát riêng vào một giờ nhất định.</source>
        <translation>Daily broadcast windows, the order of segments in each window, and one-off items at a set time.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="130" />
        <source>Thêm tiếp sóng</source>
        <translation>Add relay</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="136" />
        <source>Đang mở chỉ để xem: không sửa được lịch phát.</source>
        <translation>Opened read-only: the schedule cannot be changed.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="171" />
        <source>Thêm khung giờ</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="172" />
        <location filename="../schedule_page.py" line="497" />
        <location filename="../schedule_page.py" line="502" />
        <source>Xóa khung giờ</source>
        <translation>Delete window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="189" />
        <location filename="../schedule_page.py" line="439" />
        <source>Lưu khung giờ</source>
        <translation>Save window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="191" />
        <source>Khung giờ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="217" />
        <source>Thêm tiết mục…</source>
        <translation>Add segment…</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="218" />
        <source>▲ Lên</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="219" />
        <source>▼ Xuống</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="223" />
        <source>Mức ưu tiên của tiết mục đã chọn. Ưu tiên: phát trước các tiết mục còn lại của khung giờ. Khẩn cấp: ngắt ngay tiết mục đang phát.</source>
        <translation>Priority of the selected segment. Priority: plays before the window's other segments. Emergency: cuts off the segment on air at once.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="227" />
        <source>Bỏ khỏi khung giờ</source>
        <translation>Remove from window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="235" />
        <source>Tiết mục trong khung giờ (kéo thả để đổi thứ tự)</source>
        <translation>Segments in the window (drag and drop to reorder)</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="256" />
        <source>Hiện cả các mục đã qua</source>
        <translation>Show past items too</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="259" />
        <source>Xóa mục đã chọn</source>
        <translation>Delete selected item</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="263" />
        <location filename="../schedule_page.py" line="649" />
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="266" />
        <source>Chọn tiết mục…</source>
        <translation>Choose segment…</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="274" />
        <source>Thêm mục phát riêng</source>
        <translation>Add one-off item</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="278" />
        <source>Thêm mục phát riêng vào một thời điểm</source>
        <translation>Add a one-off item at a set time</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="280" />
        <source>Tiết mục:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="284" />
        <source>Lúc:</source>
        <translation>At:</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="336" />
        <source>Cảnh báo trong {days} ngày tới ({n})</source>
        <translation>Warnings for the next {days} days ({n})</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="340" />
        <source>Cảnh báo trong {days} ngày tới</source>
        <translation>Warnings for the next {days} days</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="341" />
        <source>✓ Không có cảnh báo: lịch phát hợp lệ.</source>
        <translation>✓ No warnings: the schedule is valid.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="426" />
        <location filename="../schedule_page.py" line="483" />
        <source>Khung giờ: {name}</source>
        <translation>Window: {name}</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="426" />
        <source>Khung giờ mới</source>
        <translation>New window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="440" />
        <source>Khung giờ đang sửa chưa được lưu. Lưu lại không?</source>
        <translation>The window you are editing is not saved. Save it?</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="441" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="441" />
        <source>Không lưu</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="441" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="486" />
        <source>Đã lưu khung giờ «{name}».</source>
        <translation>Window «{name}» saved.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="499" />
        <source>Xóa khung giờ «{name}» và {n} mục trong đó khỏi lịch phát?
Tiết mục trong thư viện và nhật ký phát sóng vẫn được giữ nguyên.</source>
        <translation>Delete the window «{name}» and its {n} items from the schedule?
Segments in the library and the airtime log stay as they are.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="502" />
        <source>Không xóa</source>
        <translation>Don't delete</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="564" />
        <source>Thêm tiết mục vào khung giờ</source>
        <translation>Add segment to window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="564" />
        <source>Thêm vào khung giờ</source>
        <translation>Add to window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="642" />
        <source>Chọn tiết mục phát riêng</source>
        <translation>Choose a one-off segment</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="642" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="654" />
        <source>Hãy chọn tiết mục cần phát.</source>
        <translation>Choose the segment to play.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="706" />
        <source>Lưu khung giờ trước, rồi thêm tiết mục.</source>
        <translation>Save the window first, then add segments.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="710" />
        <source>{n} tiết mục, tổng {total} / khung giờ {length}</source>
        <translation>{n} segments, total {total} / window {length}</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="714" />
        <source>VƯỢT QUÁ {over}</source>
        <translation>OVER BY {over}</translation>
    </message>
</context>
<context>
    <name>SegmentPicker</name>
    <message>
        <location filename="../segment_picker.py" line="43" />
        <source>Tiết mục</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="44" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="45" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="46" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="88" />
        <source>chưa có âm thanh</source>
        <translation>no audio yet</translation>
    </message>
</context>
<context>
    <name>SegmentPickerDialog</name>
    <message>
        <location filename="../segment_picker.py" line="118" />
        <source>Chọn tiết mục</source>
        <translation>Choose segment</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="121" />
        <source>Chọn một tiết mục âm thanh trong thư viện:</source>
        <translation>Choose an audio segment from the library:</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="126" />
        <source>Tìm theo tên hoặc chủ đề (gõ có dấu hoặc không dấu)…</source>
        <translation>Search by name or topic (with or without diacritics)…</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="138" />
        <source>Thư viện chưa có tiết mục âm thanh nào. Hãy vào trang Bản tin để chuyển bản tin thành giọng nói hoặc nhập bản ghi âm.</source>
        <translation>The library has no audio segments yet. Go to the Bulletins page to convert a bulletin to speech or import a recording.</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="146" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="149" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../bulletin_table_model.py" line="118" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="119" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="120" />
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="121" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="122" />
        <source>Tạo lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="124" />
        <source>có từ điển mới hơn</source>
        <translation>newer dictionary available</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="129" />
        <source>miền Bắc</source>
        <translation>northern</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="130" />
        <source>miền Trung</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="131" />
        <source>miền Nam</source>
        <translation>southern</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="181" />
        <source>Đọc với từ điển phát âm phiên bản {old}; từ điển hiện nay là phiên bản {new}. Bấm “Đọc lại với từ điển mới” để tạo lại tiết mục.</source>
        <translation>Read with pronunciation dictionary version {old}; the dictionary is now version {new}. Press “Read again with the new dictionary” to make the item again.</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="187" />
        <source>Độ lớn {lufs:.1f} LUFS</source>
        <translation>Loudness {lufs:.1f} LUFS</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="36" />
        <source>Tên đài</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="37" />
        <source>Cơ quan (dòng trên cùng bên trái báo cáo)</source>
        <translation>Issuing body (top left line of reports)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="38" />
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="39" />
        <source>Thị xã / quận / huyện</source>
        <translation>Town / district</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="40" />
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="41" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="42" />
        <source>Họ tên người ký</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="43" />
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="44" />
        <source>Cán bộ vận hành đài</source>
        <translation>Station operator</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="47" />
        <source>Tự động (Google khi có mạng, offline khi mất mạng)</source>
        <translation>Automatic (Google when online, offline voice otherwise)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="48" />
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="49" />
        <source>Offline (có sẵn trong máy)</source>
        <translation>Offline (built in)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="52" />
        <source>Miền Bắc</source>
        <translation>Northern</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="53" />
        <source>Miền Trung</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="54" />
        <source>Miền Nam</source>
        <translation>Southern</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="57" />
        <source>Miền Bắc (nghìn, linh)</source>
        <translation>Northern (nghìn, linh)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="58" />
        <source>Miền Nam (ngàn, lẻ)</source>
        <translation>Southern (ngàn, lẻ)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="80" />
        <source>Thông tin đài và người ký báo cáo</source>
        <translation>Station and report signer</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="90" />
        <source>Giọng đọc mặc định</source>
        <translation>Default voice</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="106" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="107" />
        <source>Vùng miền giọng offline</source>
        <translation>Offline voice accent</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="108" />
        <source>Cách đọc số</source>
        <translation>Number reading</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="109" />
        <source>Tốc độ đọc</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="110" />
        <source>Số lần đọc bản tin</source>
        <translation>Times each bulletin is read</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="111" />
        <source>Khoảng lặng giữa hai lần đọc</source>
        <translation>Pause between readings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="112" />
        <source>Độ lớn chuẩn</source>
        <translation>Loudness target</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="117" />
        <source>Âm thanh mở đầu (nhạc hiệu)</source>
        <translation>Opening audio (station jingle)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="118" />
        <source>Âm thanh kết thúc</source>
        <translation>Closing audio</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="122" />
        <source>Âm thanh ra loa và ngôn ngữ</source>
        <translation>Audio output and language</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="126" />
        <source>Thiết bị mặc định của máy</source>
        <translation>System default device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="136" />
        <source>Thiết bị phát</source>
        <translation>Output device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="137" />
        <source>Âm lượng</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="138" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="142" />
        <source>Cách tính lượt phát trong nhật ký và báo cáo</source>
        <translation>How airings are counted in the log and reports</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="148" />
        <source>Lượt bị ngắt được tính khi đã phát ít nhất</source>
        <translation>An interrupted airing counts once it has played at least</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="152" />
        <source>tính theo thời lượng dự kiến của tiết mục (mặc định {default}%); lượt không có thời lượng dự kiến (ví dụ nhập từ sổ cũ) cần ít nhất {seconds} giây. Lượt ngắn hơn là «ngắt sớm»: vẫn ghi trong nhật ký nhưng không cộng vào tần suất, thời lượng. Áp dụng cho mọi báo cáo lập sau khi đổi, kể cả các kỳ đã qua; mã kiểm tra in trên báo cáo ghi tỷ lệ đã dùng.</source>
        <translation>of the item's planned length (default {default}%); an airing with no planned length (e.g. imported from an old paper log) needs at least {seconds} seconds. Shorter ones are "cut short": kept in the log but added to neither frequency nor duration. Applies to every report made after the change, past periods included; the verification code printed on a report records the share it used.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="72" />
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="167" />
        <location filename="../settings_page.py" line="256" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="168" />
        <source>Thông tin dưới đây được in trên báo cáo gửi lãnh đạo phường.</source>
        <translation>The details below are printed on reports for the ward's leaders.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="194" />
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="248" />
        <source>Thiếu thông tin</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="248" />
        <source>Tên đài không được để trống.</source>
        <translation>The station name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="253" />
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="255" />
        <source>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</source>
        <translation>The new language takes effect when the program is reopened.</translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <location filename="../speech_dialog.py" line="50" />
        <source>offline (có sẵn trong máy)</source>
        <translation>offline (built in)</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="52" />
        <source>miền Bắc</source>
        <translation>northern</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="53" />
        <source>miền Trung</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="54" />
        <source>miền Nam</source>
        <translation>southern</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="55" />
        <source>tiếng Việt</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="58" />
        <source>Tự động (Google khi có mạng, offline khi mất mạng)</source>
        <translation>Automatic (Google when online, offline voice otherwise)</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="59" />
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="60" />
        <source>Offline (có sẵn trong máy)</source>
        <translation>Offline (built in)</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="63" />
        <source>Bình thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="64" />
        <source>Hơi chậm</source>
        <translation>A little slower</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="65" />
        <source>Chậm, cho loa ngoài trời</source>
        <translation>Slow, for outdoor loudspeakers</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="66" />
        <source>Chậm hơn, nơi nhiều tiếng vang</source>
        <translation>Slower, where there is echo</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="67" />
        <source>Chậm nhất, nơi vang nhiều</source>
        <translation>Slowest, where the echo is strong</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="103" />
        <source>Chuyển thành giọng nói</source>
        <translation>Convert to speech</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="130" />
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="132" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="156" />
        <source>Lưu tiết mục</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="158" />
        <source>Bỏ, không lưu</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="162" />
        <source>Hãy nghe thử trước khi lưu:</source>
        <translation>Listen before saving:</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="188" />
        <source> lần</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="191" />
        <source>Bắt đầu đọc</source>
        <translation>Start reading</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="193" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="198" />
        <source>Bộ đọc</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="199" />
        <source>Giọng vùng miền</source>
        <translation>Regional voice</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="200" />
        <source>Tốc độ đọc</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="201" />
        <source>Số lần đọc</source>
        <translation>Readings</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="206" />
        <source>Mặc định theo Cài đặt, chỉ áp dụng cho lần đọc này. Loa ngoài trời nhiều tiếng vang nghe rõ hơn khi đọc chậm (0,8 đến 0,9); cao độ giọng được giữ nguyên. Giọng vùng miền dùng cho giọng offline; giọng Google có một giọng tiếng Việt.</source>
        <translation>The defaults come from Settings and apply to this reading only. Outdoor loudspeakers with echo are clearer with a slower reading (0.8 to 0.9); the pitch of the voice is kept. The regional voice is for the offline voice; Google has one Vietnamese voice.</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="225" />
        <source>Đọc bản tin: {title}</source>
        <translation>Read the bulletin: {title}</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="233" />
        <source>theo Cài đặt</source>
        <translation>as in Settings</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="262" />
        <source>Đang tạo giọng đọc: {title}</source>
        <translation>Making speech: {title}</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="299" />
        <source>Thời lượng {m}:{s:02d} · giọng {engine} {voice} · tốc độ {speed} · đọc {repeat} lần · độ lớn {lufs:.1f} LUFS</source>
        <translation>Length {m}:{s:02d} · {engine} voice {voice} · speed {speed} · read {repeat} times · loudness {lufs:.1f} LUFS</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="225" />
        <location filename="../speech_dialog.py" line="262" />
        <source>văn bản</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="283" />
        <source>Đang hoàn thiện tệp âm thanh…</source>
        <translation>Finishing the audio file…</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="286" />
        <source>Đã đọc xong {done} trên {total} đoạn</source>
        <translation>Read {done} of {total} parts</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="296" />
        <source>Đã tạo giọng đọc: {title}</source>
        <translation>Speech made: {title}</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="327" />
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>StationOpener</name>
    <message>
        <location filename="../station_opener.py" line="29" />
        <source>Truyền Thanh Phường</source>
        <translation>Truyền Thanh Phường</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="30" />
        <source>Mở chỉ để xem</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="31" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="32" />
        <source>Khôi phục bản sao lưu gần nhất</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="98" />
        <source>Không giữ được quyền phát cho đài ({path}). Hãy kiểm tra quyền ghi thư mục dữ liệu.</source>
        <translation>Could not take the station for playout ({path}). Check that the data folder is writable.</translation>
    </message>
</context>
<context>
    <name>TargetsDashboard</name>
    <message>
        <location filename="../targets_dashboard.py" line="41" />
        <source>lượt/ngày</source>
        <translation>airings/day</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="42" />
        <source>lượt/tuần</source>
        <translation>airings/week</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="43" />
        <source>phút/ngày</source>
        <translation>minutes/day</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="44" />
        <source>phút/tuần</source>
        <translation>minutes/week</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="162" />
        <source>Chỉ tiêu phát sóng</source>
        <translation>Broadcast targets</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="190" />
        <source>Chưa đặt chỉ tiêu nào. Chọn chủ đề, loại chỉ tiêu và mức tối thiểu ở dưới rồi bấm “Lưu chỉ tiêu”.</source>
        <translation>No targets set. Choose a topic, a kind of target and the minimum below, then click “Save target”.</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="212" />
        <source>Lưu chỉ tiêu</source>
        <translation>Save target</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="215" />
        <source>Xóa chỉ tiêu</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="219" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="221" />
        <source>tối thiểu</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="254" />
        <source>Đạt {met}/{total} chỉ tiêu trong kỳ.</source>
        <translation>{met}/{total} targets met in the period.</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="258" />
        <source>Thiếu nhiều nhất: {topic} ({status}).</source>
        <translation>Furthest behind: {topic} ({status}).</translation>
    </message>
</context>
<context>
    <name>TargetsTableModel</name>
    <message>
        <location filename="../targets_dashboard.py" line="57" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="58" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="59" />
        <source>Yêu cầu cả kỳ</source>
        <translation>Required for period</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="60" />
        <source>Thực hiện</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="61" />
        <source>Còn thiếu</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="62" />
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="63" />
        <source>Ngày, tuần đạt</source>
        <translation>Days/weeks met</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="64" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="81" />
        <source>lượt</source>
        <translation>airings</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="81" />
        <source>phút</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="91" />
        <source>Thiếu {amount} {unit}</source>
        <translation>Short by {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="109" />
        <source>Tối thiểu {amount} {unit}</source>
        <translation>At least {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="121" />
        <source>ngày</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="121" />
        <source>tuần</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="90" />
        <location filename="../targets_dashboard.py" line="124" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="124" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../week_view.py" line="60" />
        <source>◀ Tuần trước</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="62" />
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="64" />
        <source>Tuần sau ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="130" />
        <source>Tuần {first} – {last}</source>
        <translation>Week {first} – {last}</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="182" />
        <source>(không có lịch)</source>
        <translation>(nothing scheduled)</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="193" />
        <source>(từ hôm trước)</source>
        <translation>(from the day before)</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="194" />
        <source>{n} mục · {length}</source>
        <translation>{n} items · {length}</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="206" />
        <source>Khung giờ {name}</source>
        <translation>Window {name}</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="221" />
        <source>Lúc {time}, dài {length}</source>
        <translation>At {time}, {length} long</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="226" />
        <source>Mục phát riêng ({priority})</source>
        <translation>One-off item ({priority})</translation>
    </message>
</context>
<context>
    <name>WindowEditor</name>
    <message>
        <location filename="../window_editor.py" line="39" />
        <source>Ví dụ: Bản tin sáng</source>
        <translation>E.g. Morning bulletin</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="55" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="57" />
        <location filename="../window_editor.py" line="92" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="75" />
        <source>Cả tuần</source>
        <translation>All week</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="85" />
        <source>Chỉ trong đợt tuyên truyền, từ</source>
        <translation>Only during a campaign, from</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="96" />
        <source>Chỉ phát một ngày:</source>
        <translation>Only on one day:</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="44" />
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="45" />
        <source>Bỏ chọn để tạm ngưng khung giờ này mà không xóa.</source>
        <translation>Untick to pause this window without deleting it.</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="108" />
        <source>Tên khung giờ</source>
        <translation>Window name</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="109" />
        <source>Giờ phát</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="110" />
        <source>Ngày trong tuần</source>
        <translation>Days of the week</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="111" />
        <source>Đợt</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="112" />
        <source>Một ngày</source>
        <translation>One day</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="216" />
        <source>(giờ bắt đầu trùng giờ kết thúc)</source>
        <translation>(start time equals end time)</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="218" />
        <source>({minutes} phút)</source>
        <translation>({minutes} minutes)</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="220" />
        <source>({minutes} phút, qua nửa đêm)</source>
        <translation>({minutes} minutes, past midnight)</translation>
    </message>
</context>
</TS>