<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../app/backup.py" line="88"/>
        <source>Bản sao lưu {name} thiếu {dropped} lượt phát so với nhật ký hiện tại (bản sao lưu đến lượt thứ {backup_index} trong chuỗi, nhật ký hiện tại đến lượt thứ {current_index}). Khôi phục sẽ bỏ {dropped} lượt phát này khỏi nhật ký (tệp dữ liệu hiện tại vẫn được giữ lại riêng) và việc này được ghi vào bản ghi neo của nhật ký.</source>
        <translation>Backup {name} lacks {dropped} airings compared with the current log (the backup reaches airing {backup_index} of the chain, the current log airing {current_index}). Restoring will drop these {dropped} airings from the log (the current data file is kept aside) and this is recorded in the log&apos;s anchor records.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="241"/>
        <source>Bản sao vừa ghi đọc lại không khớp ({result}). Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>The backup just written does not read back correctly ({result}). Check the drive and try again.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="257"/>
        <source>Chưa có tệp dữ liệu {database} để sao lưu.</source>
        <translation>There is no data file {database} to back up yet.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="266"/>
        <source>Không thể sao lưu đè lên chính tệp dữ liệu đang dùng. Hãy chọn tên tệp khác.</source>
        <translation>A backup cannot overwrite the data file in use. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="270"/>
        <source>{final} là một thư mục. Hãy ghi rõ tên tệp sao lưu, ví dụ {example}</source>
        <translation>{final} is a folder. Give the backup a file name, for example {example}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="297"/>
        <source>Không sao lưu được dữ liệu vào {final}: {error}</source>
        <translation>Could not back up the data to {final}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="339"/>
        <source>Không tìm thấy tệp sao lưu {source}.</source>
        <translation>Backup file {source} not found.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="342"/>
        <source>Tệp {name} không phải bản sao lưu hợp lệ (không đọc được như cơ sở dữ liệu SQLite). Hãy chọn tệp sao lưu khác.</source>
        <translation>{name} is not a valid backup (it cannot be read as an SQLite database). Choose another backup file.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="351"/>
        <source>Không mở được tệp sao lưu {name}. Hãy kiểm tra tệp và quyền đọc.</source>
        <translation>Could not open backup file {name}. Check the file and the permission to read it.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="359"/>
        <source>Tệp sao lưu {name} bị hỏng ({result}). Hãy chọn bản sao lưu khác.</source>
        <translation>Backup file {name} is damaged ({result}). Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="365"/>
        <source>Tệp {name} không phải bản sao lưu của phần mềm Truyền Thanh Phường (thiếu bảng nhật ký phát sóng). Hãy chọn tệp khác.</source>
        <translation>{name} is not a backup of Truyền Thanh Phường (it has no airtime log table). Choose another file.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="378"/>
        <source>Tệp {name} không phải bản sao lưu của phần mềm Truyền Thanh Phường. Hãy chọn tệp khác.</source>
        <translation>{name} is not a backup of Truyền Thanh Phường. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="384"/>
        <source>Bản sao lưu {name} do phiên bản phần mềm mới hơn tạo ra. Hãy cập nhật phần mềm trước khi khôi phục.</source>
        <translation>Backup {name} was made by a newer version of the software. Update the software before restoring.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="483"/>
        <source>Tệp sao lưu chính là tệp dữ liệu đang dùng. Hãy chọn một bản sao lưu khác.</source>
        <translation>The backup file is the data file in use. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="490"/>
        <source>{error} Hãy xử lý việc này (truyenthanh check) trước khi khôi phục.</source>
        <translation>{error} Deal with this (truyenthanh check) before restoring.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="494"/>
        <source>{loss} Hãy xác nhận trước khi khôi phục.</source>
        <translation>{loss} Please confirm before restoring.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="521"/>
        <source>Không khôi phục được dữ liệu: {error}. Dữ liệu hiện tại chưa bị thay đổi.</source>
        <translation>Could not restore the data: {error}. The current data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="126"/>
        <source>Chưa chọn chủ đề cho bản tin.</source>
        <translation>No topic chosen for the bulletin.</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="130"/>
        <source>Tên chủ đề quá dài ({length:,} ký tự, tối đa {most}).</source>
        <translation>Topic name too long ({length:,} characters, at most {most}).</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="145"/>
        <source>Không có văn bản chỉ đạo số {directive_id}.</source>
        <translation>There is no directive number {directive_id}.</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="154"/>
        <source>Bản tin chưa có tiêu đề.</source>
        <translation>The bulletin has no title.</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="158"/>
        <source>Tiêu đề quá dài ({length:,} ký tự, tối đa {most}).</source>
        <translation>Title too long ({length:,} characters, at most {most}).</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="164"/>
        <source>Nội dung bản tin đang trống: hãy nhập hoặc dán nội dung cần đọc.</source>
        <translation>The bulletin text is empty: type or paste the text to be read.</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="168"/>
        <source>Nội dung bản tin quá dài ({length:,} ký tự, tối đa {most:,}). Hãy chia thành nhiều bản tin ngắn hơn.</source>
        <translation>The bulletin text is too long ({length:,} characters, at most {most:,}). Split it into several shorter bulletins.</translation>
    </message>
    <message>
        <location filename="../../app/bulletins.py" line="176"/>
        <source>Ghi chú quá dài ({length:,} ký tự, tối đa {most}).</source>
        <translation>Notes too long ({length:,} characters, at most {most}).</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="29"/>
        <source>nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="29"/>
        <source>chờ duyệt</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="29"/>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="29"/>
        <source>trả lại</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="30"/>
        <source>đã duyệt, nội dung đã đổi</source>
        <translation>approved, text changed since</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="71"/>
        <location filename="../../app/bulletins.py" line="248"/>
        <source>Không có bản tin số {bulletin_id}.</source>
        <translation>There is no bulletin number {bulletin_id}.</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="87"/>
        <source>Chưa nhập tên người duyệt.</source>
        <translation>The approver&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="89"/>
        <source>Tên người duyệt quá dài (tối đa {most} ký tự).</source>
        <translation>The approver&apos;s name is too long (at most {most} characters).</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="96"/>
        <source>Ghi chú duyệt quá dài (tối đa {most} ký tự).</source>
        <translation>The approval note is too long (at most {most} characters).</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="113"/>
        <source>Bản tin số {bulletin_id} đã được duyệt.</source>
        <translation>Bulletin no. {bulletin_id} is already approved.</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="131"/>
        <source>Hãy ghi lý do trả lại bản tin.</source>
        <translation>Please give the reason for returning the bulletin.</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="192"/>
        <source>Tiết mục số {segment_id} đọc nội dung khác với nội dung đã duyệt của bản tin số {bulletin_id}; hãy tạo lại giọng đọc từ bản tin đã duyệt.</source>
        <translation>Audio item {segment_id} reads a text other than the approved text of bulletin {bulletin_id}; make the speech again from the approved bulletin.</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="199"/>
        <source>Nội dung bản tin số {bulletin_id} đã đổi sau khi được duyệt; cần duyệt lại trước khi phát.</source>
        <translation>The text of bulletin no. {bulletin_id} changed after it was approved; it must be approved again before it airs.</translation>
    </message>
    <message>
        <location filename="../../app/approval.py" line="203"/>
        <source>Bản tin số {bulletin_id} chưa được duyệt ({state}); đài yêu cầu tin bài phải được duyệt trước khi phát.</source>
        <translation>Bulletin no. {bulletin_id} is not approved ({state}); the station requires bulletins to be approved before they air.</translation>
    </message>
    <message>
        <location filename="../../app/commands/backup.py" line="77"/>
        <source>{loss} Nếu chắc chắn, chạy lại lệnh với --force để xác nhận.</source>
        <translation>{loss} If you are sure, run the command again with --force to confirm.</translation>
    </message>
    <message>
        <location filename="../../app/commands/bulletin.py" line="140"/>
        <location filename="../../app/commands/relay.py" line="51"/>
        <source>Không có chủ đề “{topic}”.</source>
        <translation>There is no topic “{topic}”.</translation>
    </message>
    <message>
        <location filename="../../app/commands/bulletin.py" line="231"/>
        <source>In phiếu duyệt cần thành phần giao diện Qt (PySide6), hiện không có.</source>
        <translation>Printing the approval form needs the Qt interface component (PySide6), which is missing.</translation>
    </message>
    <message>
        <location filename="../../app/commands/bulletin.py" line="233"/>
        <source>Phiếu duyệt được ghi ra tệp .pdf (đã cho “{path}”).</source>
        <translation>The approval form is written to a .pdf file (given “{path}”).</translation>
    </message>
    <message>
        <location filename="../../app/commands/log.py" line="189"/>
        <source>Thiếu {missing} (ví dụ: log export --from 2025-03-01 --to 2025-03-31 -o nhat-ky.csv).</source>
        <translation>Missing {missing} (for example: log export --from 2025-03-01 --to 2025-03-31 -o nhat-ky.csv).</translation>
    </message>
    <message>
        <location filename="../../app/commands/normalize.py" line="65"/>
        <location filename="../../app/document_import.py" line="200"/>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <location filename="../../app/commands/normalize.py" line="67"/>
        <source>{path} là một thư mục, không phải tệp văn bản.</source>
        <translation>{path} is a folder, not a text file.</translation>
    </message>
    <message>
        <location filename="../../app/commands/normalize.py" line="69"/>
        <source>Không đọc được tệp {path}: {reason}.</source>
        <translation>Could not read file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/commands/normalize.py" line="79"/>
        <location filename="../../app/speech.py" line="155"/>
        <source>Văn bản cần đọc đang trống.</source>
        <translation>The text to read is empty.</translation>
    </message>
    <message>
        <location filename="../../app/commands/playout.py" line="51"/>
        <source>{what} phải là một số giây, không phải “{text}”.</source>
        <translation>{what} must be a number of seconds, not “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/commands/playout.py" line="56"/>
        <source>{what} phải từ {low} đến {high} giây (đã nhập {text}).</source>
        <translation>{what} must be between {low} and {high} seconds (you entered {text}).</translation>
    </message>
    <message>
        <location filename="../../app/commands/playout.py" line="70"/>
        <source>Không có trình phát âm thanh (cần PySide6 với QtMultimedia).</source>
        <translation>No audio player available (PySide6 with QtMultimedia is needed).</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="105"/>
        <source>Thiếu {missing}: cần cả {start_flag} và {end_flag}</source>
        <translation>Missing {missing}: both {start_flag} and {end_flag} are needed</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="117"/>
        <source>Cần cho kỳ báo cáo: --from NGÀY --to NGÀY</source>
        <translation>A report period is needed: --from DATE --to DATE</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="120"/>
        <source>Cần cho tệp kết quả: -o TỆP (hoặc -o - để in json, csv ra màn hình)</source>
        <translation>An output file is needed: -o FILE (or -o - to print json or csv to the screen)</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="124"/>
        <source>Cần cho định dạng: --format {formats}</source>
        <translation>A format is needed: --format {formats}</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="126"/>
        <location filename="../../app/report/export.py" line="526"/>
        <location filename="../../app/report/export.py" line="545"/>
        <source>Định dạng {fmt} không in ra màn hình được: hãy cho tên tệp với -o</source>
        <translation>The {fmt} format cannot be printed to the screen: give a file name with -o</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="130"/>
        <location filename="../../app/report/export.py" line="568"/>
        <source>Xuất PDF cần thành phần giao diện Qt (PySide6), hiện không có. Hãy xuất xlsx, csv hoặc json, hoặc cài đặt đầy đủ phần mềm.</source>
        <translation>PDF export needs the Qt interface components (PySide6), which are not installed. Export xlsx, csv or json instead, or install the full software.</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="195"/>
        <location filename="../../app/report/targets.py" line="115"/>
        <source>Mức chỉ tiêu phải là một số: “{minimum}”</source>
        <translation>The target must be a number: “{minimum}”</translation>
    </message>
    <message>
        <location filename="../../app/commands/schedule.py" line="146"/>
        <source>Thiếu {option} ({what}).</source>
        <translation>Missing {option} ({what}).</translation>
    </message>
    <message>
        <location filename="../../app/commands/schedule.py" line="153"/>
        <source>--reason chỉ dùng cùng --override-policy.</source>
        <translation>--reason only goes with --override-policy.</translation>
    </message>
    <message>
        <location filename="../../app/commands/schedule.py" line="160"/>
        <source>{exc} Muốn vẫn lập lịch, thêm --override-policy --reason &quot;lý do&quot;.</source>
        <translation>{exc} To schedule it anyway, add --override-policy --reason &quot;reason&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/commands/schedule.py" line="172"/>
        <source>{option} phải là một số nguyên dương ({what}), không phải “{text}”.</source>
        <translation>{option} must be a positive whole number ({what}), not “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/commands/schedule.py" line="213"/>
        <source>Dùng --on (một ngày) hoặc --from/--to (một khoảng ngày), không dùng cả hai.</source>
        <translation>Use --on (one day) or --from/--to (a range of days), not both.</translation>
    </message>
    <message>
        <location filename="../../app/commands/tts.py" line="103"/>
        <source>Tệp ra phải có đuôi .mp3.</source>
        <translation>The output file must end in .mp3.</translation>
    </message>
    <message>
        <location filename="../../app/commands/tts.py" line="107"/>
        <source>{output} là một thư mục: hãy ghi tên tệp, ví dụ {example}.</source>
        <translation>{output} is a folder: give a file name, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../app/commands/tts.py" line="115"/>
        <source>Không có thư mục {folder}.</source>
        <translation>There is no folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/database.py" line="43"/>
        <source>Không tạo được thư mục dữ liệu {parent}: {reason}</source>
        <translation>Could not create the data folder {parent}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/database.py" line="101"/>
        <source>Không tìm thấy tệp dữ liệu {path}.</source>
        <translation>Data file {path} not found.</translation>
    </message>
    <message>
        <location filename="../../app/database.py" line="128"/>
        <source>Tệp dữ liệu {path} do phiên bản phần mềm cũ tạo ra nên chưa xem được ở chế độ chỉ xem. Hãy mở bình thường một lần để cập nhật.</source>
        <translation>Data file {path} was made by an older version of the software and cannot be viewed in view-only mode yet. Open it normally once to update it.</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="66"/>
        <source>Tệp dữ liệu {path} bị hỏng hoặc không phải cơ sở dữ liệu của phần mềm. Hãy khôi phục từ bản sao lưu (Cài đặt → Sao lưu).</source>
        <translation>Data file {path} is damaged or is not this software&apos;s database. Restore it from a backup (Settings → Backup).</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="71"/>
        <source>Không ghi được vào tệp dữ liệu {path} (chỉ đọc). Hãy kiểm tra quyền ghi của thư mục.</source>
        <translation>Could not write to data file {path} (read-only). Check the folder&apos;s write permission.</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="73"/>
        <source>Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation>The disk is full; the data could not be written. Free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="75"/>
        <source>Cơ sở dữ liệu đang bị chương trình khác giữ. Hãy thử lại sau giây lát.</source>
        <translation>The database is held by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="77"/>
        <source>Không mở được tệp dữ liệu {path}. Hãy kiểm tra đường dẫn và quyền truy cập.</source>
        <translation>Could not open data file {path}. Check the path and the access permissions.</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="78"/>
        <source>Lỗi cơ sở dữ liệu ({error}). Hãy báo cho người quản trị.</source>
        <translation>Database error ({error}). Please tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="56"/>
        <source>Hãy mở tệp bằng Notepad hoặc Word rồi lưu lại dưới dạng UTF-8 (.txt) hoặc .docx.</source>
        <translation>Open the file in Notepad or Word and save it again as UTF-8 (.txt) or .docx.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="95"/>
        <source>Tệp {name} là văn bản UTF-8 nhưng bị hỏng (byte lỗi ở vị trí {position}). {hint}</source>
        <translation>{name} is UTF-8 text but damaged (bad byte at position {position}). {hint}</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="107"/>
        <source>Tệp {name} không phải văn bản đọc được (không phải UTF-8, UTF-16 hay Windows-1258). {hint}</source>
        <translation>{name} is not readable text (not UTF-8, UTF-16 or Windows-1258). {hint}</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="140"/>
        <source>Tệp Word {name} khi giải nén lên tới {inflated} MB, quá lớn để là một bản tin (tối đa {limit} MB). Hãy kiểm tra lại tệp.</source>
        <translation>The Word file {name} unpacks to {inflated} MB, too large for a bulletin (at most {limit} MB). Please check the file.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="159"/>
        <source>Tệp {name} không phải tệp Word .docx hợp lệ (có thể bị hỏng hoặc chỉ đổi tên đuôi). {hint}</source>
        <translation>{name} is not a valid Word .docx file (it may be damaged or just renamed). {hint}</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="166"/>
        <source>Tệp Word {name} bị hỏng, không đọc được nội dung. {hint}</source>
        <translation>Word file {name} is damaged; its content cannot be read. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="193"/>
        <source>Tệp {name} là Word đời cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx.</source>
        <translation>{name} is an old Word document (.doc). Open it in Word and save it as .docx.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="196"/>
        <source>Không nhập được tệp {name}: chỉ nhận văn bản .txt hoặc Word .docx.</source>
        <translation>Could not import {name}: only .txt text or Word .docx files are accepted.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="202"/>
        <location filename="../../app/document_import.py" line="216"/>
        <source>Không đọc được tệp {name}: {reason}.</source>
        <translation>Could not read file {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="204"/>
        <source>{name} là một thư mục, không phải tệp văn bản.</source>
        <translation>{name} is a folder, not a text file.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="207"/>
        <source>Tệp {name} quá lớn ({size} MB) để là một bản tin.</source>
        <translation>{name} is too large ({size} MB) to be a bulletin.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="221"/>
        <source>Tệp {name} không có nội dung chữ nào.</source>
        <translation>{name} contains no text.</translation>
    </message>
    <message>
        <location filename="../../app/document_import.py" line="225"/>
        <source>Tệp {name} quá dài ({length:,} ký tự, tối đa {most:,} ký tự cho một bản tin). Hãy chia thành nhiều bản tin ngắn hơn.</source>
        <translation>{name} is too long ({length:,} characters, at most {most:,} characters for one bulletin). Split it into several shorter bulletins.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="33"/>
        <source>Tệp dữ liệu {target} đang được một chương trình khác mở (một cửa sổ phần mềm khác, chương trình sao chép hoặc diệt virus). Hãy đóng chương trình đó rồi thử lại; dữ liệu hiện tại chưa bị thay đổi.</source>
        <translation>Data file {target} is open in another program (another window of this software, a copy program or an antivirus). Close that program and try again; the current data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="117"/>
        <source>{path} không phải một tệp thường; phần mềm không ghi vào đó.</source>
        <translation>{path} is not an ordinary file; the software will not write to it.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="173"/>
        <source>Không tạo được tệp tạm trong thư mục {parent}.</source>
        <translation>Could not create a temporary file in the folder {parent}.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="207"/>
        <source>Tệp âm thanh vừa ghi không đọc lại được ({exc}); chưa có tệp nào được tạo.</source>
        <translation>The audio file just written cannot be read back ({exc}); no file was created.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="212"/>
        <source>Tệp âm thanh vừa ghi chỉ dài {decoded:.1f} giây thay vì {expected_s:.1f} giây (ổ đĩa đầy hoặc lỗi ghi?); chưa có tệp nào được tạo.</source>
        <translation>The audio file just written is only {decoded:.1f} seconds long instead of {expected_s:.1f} seconds (disk full or a write error?); no file was created.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="225"/>
        <source>Không ghi được tệp {target} (chưa có tệp nào được tạo). {fault}</source>
        <translation>Could not write the file {target} (no file was created). {fault}</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="227"/>
        <source>Không ghi được tệp {target} ({reason}); chưa có tệp nào được tạo.</source>
        <translation>Could not write the file {target} ({reason}); no file was created.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="240"/>
        <source>Thư mục {folder} không tồn tại. Hãy chọn thư mục khác để lưu tệp.</source>
        <translation>The folder {folder} does not exist. Choose another folder to save the file in.</translation>
    </message>
    <message>
        <location filename="../../app/file_replace.py" line="242"/>
        <source>{target} là một thư mục: hãy ghi rõ tên tệp.</source>
        <translation>{target} is a folder: give a file name.</translation>
    </message>
    <message>
        <location filename="../../app/instance_lock.py" line="67"/>
        <source>một chương trình khác</source>
        <translation>another program</translation>
    </message>
    <message>
        <location filename="../../app/instance_lock.py" line="69"/>
        <source>Đài đang được phát bởi {who}. Cùng một lúc chỉ một nơi được phát đài: hãy dùng nơi đó, hoặc đóng nó rồi thử lại (có thể mở ở chế độ chỉ xem).</source>
        <translation>The station is being played by {who}. Only one place can play the station at a time: use that one, or close it and try again (you can open in view-only mode).</translation>
    </message>
    <message>
        <location filename="../../app/instance_lock.py" line="138"/>
        <source>Không tạo được tệp khoá {path}: {reason}. Hãy kiểm tra quyền ghi của thư mục dữ liệu, hoặc mở ở chế độ chỉ xem.</source>
        <translation>Could not create the lock file {path}: {reason}. Check the write permission of the data folder, or open in view-only mode.</translation>
    </message>
    <message>
        <location filename="../../app/log/airings.py" line="105"/>
        <source>Kiểu phát không hợp lệ: {trigger}</source>
        <translation>Invalid airing trigger: {trigger}</translation>
    </message>
    <message>
        <location filename="../../app/log/airings.py" line="172"/>
        <source>Trạng thái kết thúc không hợp lệ: {status}</source>
        <translation>Invalid final status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/log/airings.py" line="183"/>
        <source>Lượt đã bắt đầu phát không thể ghi là bỏ qua.</source>
        <translation>An airing that has started cannot be recorded as skipped.</translation>
    </message>
    <message>
        <location filename="../../app/log/airings.py" line="223"/>
        <source>Trạng thái không hợp lệ: {status}</source>
        <translation>Invalid status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/log/catch_up.py" line="35"/>
        <source>Tệp nhật ký dự phòng còn {pending} bản ghi chưa ghi được vào cơ sở dữ liệu ({reason}).</source>
        <translation>The backup log file still has {pending} records not yet written to the database ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/log/catch_up.py" line="42"/>
        <source>Chưa ghi được tệp nhật ký dự phòng vào cơ sở dữ liệu: {error}.</source>
        <translation>Could not write the backup log file into the database yet: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/log/export.py" line="56"/>
        <source>Ngày bắt đầu {first:%d/%m/%Y} sau ngày kết thúc {last:%d/%m/%Y}.</source>
        <translation>The start date {first:%d/%m/%Y} is after the end date {last:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../../app/log/export.py" line="80"/>
        <location filename="../../app/log/template.py" line="72"/>
        <source>Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.</source>
        <translation>Folder {folder} does not exist; choose another place to save.</translation>
    </message>
    <message>
        <location filename="../../app/log/export.py" line="82"/>
        <source>{target} là một thư mục; hãy ghi rõ tên tệp, ví dụ nhat-ky.csv.</source>
        <translation>{target} is a folder; give a file name, for example nhat-ky.csv.</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="89"/>
        <source>giờ bắt đầu</source>
        <translation>start time</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="90"/>
        <source>giờ kết thúc</source>
        <translation>end time</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="91"/>
        <source>giờ dự kiến</source>
        <translation>scheduled time</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="92"/>
        <source>tiêu đề</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="93"/>
        <source>chủ đề</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="94"/>
        <source>trạng thái</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="95"/>
        <source>kiểu phát</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="96"/>
        <source>thời lượng</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="143"/>
        <source>Dòng {line}: {reasons}</source>
        <translation>Line {line}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="258"/>
        <source>và {count} dòng lỗi khác</source>
        <translation>and {count} more bad lines</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="261"/>
        <source>Không nhập dòng nào từ {name}: {bad} dòng lỗi. {errors}</source>
        <translation>Nothing imported from {name}: {bad} bad lines. {errors}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="266"/>
        <source>Không nhập dòng nào từ {name}. {errors}</source>
        <translation>Nothing imported from {name}. {errors}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="272"/>
        <source>{rows} dòng sẽ được thêm: {airings} lượt phát ({length}), {not_aired} lượt không phát</source>
        <translation>Rows to add: {rows}; airings: {airings} ({length}); not aired: {not_aired}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="282"/>
        <source>, {count} lượt ngắt sớm ({length}, không tính)</source>
        <translation>; cut short: {count} ({length}, not counted)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="309"/>
        <source>Tệp không phải mã UTF-8 (byte lạ ở dòng {line}; có thể là Windows-1258, TCVN3 hay VNI). Hãy mở tệp bằng Excel và lưu lại với kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại</source>
        <translation>The file is not UTF-8 (unexpected byte on line {line}; it may be Windows-1258, TCVN3 or VNI). Open the file in Excel, save it as “CSV UTF-8 (Comma delimited)” and import it again</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="316"/>
        <source>Tệp dùng mã UTF-16 (kiểu “Unicode Text” của Excel), không phải UTF-8. Hãy lưu lại tệp với kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại</source>
        <translation>The file is UTF-16 (Excel&apos;s “Unicode Text”), not UTF-8. Save the file as “CSV UTF-8 (Comma delimited)” and import it again</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="419"/>
        <source>{label} ({column}) “{value}” không đọc được, cần dạng YYYY-MM-DD HH:MM:SS</source>
        <translation>{label} ({column}) “{value}” cannot be read; the form YYYY-MM-DD HH:MM:SS is needed</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="509"/>
        <source>trạng thái “{raw_status}” không hợp lệ (dùng: {allowed})</source>
        <translation>status “{raw_status}” is not valid (use: {allowed})</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="519"/>
        <source>kiểu phát “{raw_trigger}” không hợp lệ (dùng: {allowed})</source>
        <translation>trigger “{raw_trigger}” is not valid (use: {allowed})</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="576"/>
        <source>lượt “{status}” bỏ trống giờ bắt đầu, kết thúc thì cần giờ dự kiến (scheduled_at)</source>
        <translation>a “{status}” airing with no start or end time needs a scheduled time (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="608"/>
        <source>thời lượng (duration_s) “{duration}” không phải số giây hợp lệ</source>
        <translation>duration (duration_s) “{duration}” is not a valid number of seconds</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="288"/>
        <source>; {count} dòng đã có trong nhật ký, bỏ qua</source>
        <translation>; already in the log, left out: {count}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="290"/>
        <source>; chủ đề mới: {topics}</source>
        <translation>; new topics: {topics}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="381"/>
        <source>Không đọc được tệp Excel {name} ({error}); hãy lưu lại bằng Excel rồi nhập lại</source>
        <translation>Cannot read the Excel file {name} ({error}); save it again in Excel and import it again</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="474"/>
        <source>thiếu tiêu đề (title)</source>
        <translation>missing title (title)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="476"/>
        <source>thiếu chủ đề (topic)</source>
        <translation>missing topic (topic)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="486"/>
        <source>{label} ({moment}) ở tương lai</source>
        <translation>{label} ({moment}) is in the future</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="503"/>
        <source>thiếu trạng thái (status)</source>
        <translation>missing status (status)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="505"/>
        <source>lượt đang phát (on_air), chưa kết thúc: hãy xuất lại nhật ký khi đã phát xong</source>
        <translation>the airing is still on air (on_air), not finished: export the log again once it has finished</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="542"/>
        <source>trùng hoàn toàn với dòng {line}</source>
        <translation>exact duplicate of line {line}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="567"/>
        <source>thiếu giờ bắt đầu (started_at)</source>
        <translation>missing start time (started_at)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="569"/>
        <source>thiếu giờ kết thúc (ended_at)</source>
        <translation>missing end time (ended_at)</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="572"/>
        <source>cần cả giờ bắt đầu và giờ kết thúc, hoặc bỏ trống cả hai</source>
        <translation>both a start and an end time are needed, or leave both empty</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="591"/>
        <source>giờ kết thúc ({ended}) trước giờ bắt đầu ({started})</source>
        <translation>the end time ({ended}) is before the start time ({started})</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="596"/>
        <source>lượt phát dài hơn 24 giờ ({started} đến {ended})</source>
        <translation>the airing lasts more than 24 hours ({started} to {ended})</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="612"/>
        <source>thời lượng {duration} giây dài hơn khoảng bắt đầu - kết thúc</source>
        <translation>the duration of {duration} seconds is longer than the time between start and end</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="833"/>
        <source>Tệp CSV bị lỗi cấu trúc ({error})</source>
        <translation>The CSV file has a structural error ({error})</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="845"/>
        <source>Tệp trống</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="854"/>
        <source>dòng tiêu đề thiếu cột: {missing} (cần: {required})</source>
        <translation>the header line lacks columns: {missing} (needed: {required})</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="863"/>
        <source>cột bị lặp: {doubled}</source>
        <translation>repeated columns: {doubled}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="883"/>
        <source>có {count} cột, dòng tiêu đề chỉ có {header}</source>
        <translation>{count} columns, but the header line has only {header}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="898"/>
        <source>Tệp không có dòng dữ liệu nào</source>
        <translation>The file has no data lines</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="909"/>
        <source>Không đọc được tệp {path}: {reason}</source>
        <translation>Could not read file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="1012"/>
        <source>Không nhập dòng nào: dòng {line} đã có trong nhật ký (lượt số {airing_id}) từ sau lúc xem trước. Hãy xem trước lại rồi nhập.</source>
        <translation>Nothing imported: line {line} has reached the log (airing number {airing_id}) since the preview. Preview again, then import.</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="1033"/>
        <source>Bản xem trước của {name} không còn; hãy xem trước lại rồi nhập.</source>
        <translation>The preview of {name} is gone; preview again, then import.</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="1076"/>
        <source>Không hoàn tất được lần nhập nhật ký số {batch_id}: tệp tạm {staging} đã mất. Nhật ký chỉ có phần đã thêm; hãy xem lệnh: truyenthanh check.</source>
        <translation>Could not finish log import number {batch_id}: the temporary file {staging} is missing. The log has only the part already added; see the command: truyenthanh check.</translation>
    </message>
    <message>
        <location filename="../../app/log/importer.py" line="1159"/>
        <source>Lần nhập nhật ký từ {name} bị dừng giữa chừng: đã thêm {done}/{total} dòng.</source>
        <translation>The log import from {name} stopped part-way: {done}/{total} rows added.</translation>
    </message>
    <message>
        <location filename="../../app/log/paper.py" line="88"/>
        <source>Mã kiểm tra không hợp lệ: hãy chép đúng mã in dưới mã QR của báo cáo (bắt đầu bằng TTP1-, gồm kỳ báo cáo, số lượt, số giây, tỷ lệ, chủ đề, vị trí và mã băm của lượt cuối).</source>
        <translation>Invalid check code: copy exactly the code printed under the report&apos;s QR code (it starts with TTP1- and holds the report period, the number of airings, the seconds, the share, the topic, the position and the hash of the last airing).</translation>
    </message>
    <message>
        <location filename="../../app/log/paper.py" line="95"/>
        <source>Mã kiểm tra không hợp lệ: ngày trong mã không có thật.</source>
        <translation>Invalid check code: the date in the code does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="519"/>
        <source>Mục này không còn chờ phát (đã phát, đã bỏ qua hoặc không có trong lịch).</source>
        <translation>This item is no longer waiting to air (it has aired, was skipped or is not in the schedule).</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="526"/>
        <source>Tiết mục chưa có âm thanh.</source>
        <translation>The segment has no audio yet.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="554"/>
        <source>Chỉ đưa lại vào lịch được mục bị ngắt hoặc bị bỏ qua.</source>
        <translation>Only an interrupted or skipped item can be put back into the schedule.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="556"/>
        <source>Mục này không do người vận hành ngắt hoặc bỏ qua; không đưa lại vào lịch được.</source>
        <translation>This item was not interrupted or skipped by the operator; it cannot be put back into the schedule.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="564"/>
        <source>Nhật ký đang ghi tạm vào tệp dự phòng; hãy thử lại sau ít phút.</source>
        <translation>The log is writing to its standby journal for now; please try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="579"/>
        <source>Không ghi được vào cơ sở dữ liệu: {one_line}</source>
        <translation>Could not write to the database: {one_line}</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="590"/>
        <location filename="../../app/segments.py" line="181"/>
        <source>Không có tiết mục âm thanh số {segment_id}.</source>
        <translation>There is no audio item number {segment_id}.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="630"/>
        <source>Mục này không còn chờ phát.</source>
        <translation>This item is no longer waiting to air.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="669"/>
        <source>Hãy nhập tiêu đề cho buổi đọc trực tiếp.</source>
        <translation>Enter a title for the live reading.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="671"/>
        <source>Đang đọc trực tiếp; hãy kết thúc trước khi bắt đầu lần mới.</source>
        <translation>A live reading is on; end it before starting a new one.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="693"/>
        <source>Không có buổi đọc trực tiếp nào đang diễn ra.</source>
        <translation>No live reading is in progress.</translation>
    </message>
    <message>
        <location filename="../../app/playout.py" line="700"/>
        <source>Phát sóng chưa được khởi động (hoặc đã dừng); không phát được.</source>
        <translation>Playout has not been started (or has stopped); nothing can be played.</translation>
    </message>
    <message>
        <location filename="../../app/pronunciation_table.py" line="104"/>
        <source>Dòng {number}: {error}.</source>
        <translation>Line {number}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/pronunciation_table.py" line="108"/>
        <source>Dòng {number}: chữ viết tắt “{written}…” quá dài (tối đa {most} ký tự).</source>
        <translation>Line {number}: the abbreviation “{written}…” is too long (at most {most} characters).</translation>
    </message>
    <message>
        <location filename="../../app/pronunciation_table.py" line="117"/>
        <source>Dòng {number}: cách đọc của “{written}” quá dài (tối đa {most} ký tự).</source>
        <translation>Line {number}: the reading of “{written}” is too long (at most {most} characters).</translation>
    </message>
    <message>
        <location filename="../../app/pronunciation_table.py" line="128"/>
        <source>Chữ viết tắt bị trùng: {written}.</source>
        <translation>Repeated abbreviations: {written}.</translation>
    </message>
    <message>
        <location filename="../../app/pronunciation_table.py" line="158"/>
        <source>Chưa nhập chữ viết tắt và cách đọc.</source>
        <translation>Enter an abbreviation and how to read it.</translation>
    </message>
    <message>
        <location filename="../../app/pronunciation_table.py" line="174"/>
        <source>Không có chữ viết tắt “{written}” trong từ điển phát âm.</source>
        <translation>There is no abbreviation “{written}” in the pronunciation dictionary.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="34"/>
        <source>Tệp {name} là một danh sách phát (playlist) hoặc đường dẫn tới nơi khác, không phải bản ghi âm: chỉ nhận tệp âm thanh nằm trên máy (mp3, wav hoặc m4a).</source>
        <translation>The file {name} is a playlist or a link to somewhere else, not a recording: only audio files on this computer are accepted (mp3, wav or m4a).</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="65"/>
        <source>Tệp {name} không phải tệp âm thanh mp3, wav hoặc m4a (định dạng thật: {container}).</source>
        <translation>The file {name} is not an mp3, wav or m4a audio file (its real format: {container}).</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="92"/>
        <source>Không nhập được {name}: chỉ nhận tệp âm thanh mp3, wav hoặc m4a.</source>
        <translation>Could not import {name}: only mp3, wav or m4a audio files are accepted.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="94"/>
        <source>Không tìm thấy tệp âm thanh {source}.</source>
        <translation>Audio file {source} not found.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="96"/>
        <source>Tệp âm thanh {name} rỗng (0 byte).</source>
        <translation>Audio file {name} is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="98"/>
        <source>Tệp {name} không phải tệp âm thanh đọc được (bị hỏng, tải về chưa hết hoặc chỉ đổi tên đuôi). Hãy mở thử bằng trình nghe nhạc hoặc xuất lại tệp.</source>
        <translation>{name} is not a readable audio file (damaged, not fully downloaded or just renamed). Try opening it in a music player, or export it again.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="106"/>
        <location filename="../../app/recordings.py" line="123"/>
        <source>Đã hủy nhập bản ghi âm.</source>
        <translation>Recording import cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="115"/>
        <source>Tệp {name} chỉ có {duration:.1f} giây âm thanh: quá ngắn hoặc bị hỏng.</source>
        <translation>{name} has only {duration:.1f} seconds of audio: too short or damaged.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="121"/>
        <source>Tệp {name} không có tiếng (im lặng hoàn toàn).</source>
        <translation>{name} has no sound (complete silence).</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="145"/>
        <source>Bản ghi âm gắn với bản tin cần một chủ đề: không có chủ đề riêng, nó sẽ được tính vào chủ đề của bản tin. Hãy chọn chủ đề, hoặc bỏ gắn với bản tin.</source>
        <translation>A recording attached to a bulletin needs a topic: without its own, it would count under the bulletin&apos;s topic. Choose a topic, or do not attach it to the bulletin.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="151"/>
        <location filename="../../app/recordings.py" line="195"/>
        <source>Bản ghi âm chưa có tên.</source>
        <translation>The recording has no name.</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="155"/>
        <source>Tên bản ghi âm quá dài ({length} ký tự, tối đa {most}).</source>
        <translation>The recording&apos;s name is too long ({length} characters, at most {most}).</translation>
    </message>
    <message>
        <location filename="../../app/recordings.py" line="197"/>
        <source>Chưa chọn chủ đề cho bản ghi âm.</source>
        <translation>No topic chosen for the recording.</translation>
    </message>
    <message>
        <location filename="../../app/report/build.py" line="188"/>
        <source>Kỳ báo cáo không hợp lệ</source>
        <translation>Invalid report period</translation>
    </message>
    <message>
        <location filename="../../app/report/export.py" line="575"/>
        <source>Không tạo được tệp PDF {path}</source>
        <translation>Could not create the PDF file {path}</translation>
    </message>
    <message>
        <location filename="../../app/report/export.py" line="577"/>
        <source>Định dạng không hỗ trợ: “{fmt}” (dùng: {formats})</source>
        <translation>Unsupported format: “{fmt}” (use: {formats})</translation>
    </message>
    <message>
        <location filename="../../app/report/period.py" line="32"/>
        <source>Ngày không hợp lệ: “{value}”</source>
        <translation>Invalid date: “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/report/period.py" line="36"/>
        <source>Ngày bắt đầu {start} ở sau ngày kết thúc {end}</source>
        <translation>The start date {start} is after the end date {end}</translation>
    </message>
    <message>
        <location filename="../../app/report/period.py" line="64"/>
        <source>Quý không hợp lệ: {quarter}</source>
        <translation>Invalid quarter: {quarter}</translation>
    </message>
    <message>
        <location filename="../../app/report/targets.py" line="56"/>
        <source>Không có chủ đề “{name}”. Các chủ đề hiện có: {known}</source>
        <translation>There is no topic “{name}”. Topics available: {known}</translation>
    </message>
    <message>
        <location filename="../../app/report/targets.py" line="63"/>
        <source>Loại chỉ tiêu không hợp lệ: “{metric}”. Dùng một trong: {metrics}</source>
        <translation>Invalid target kind: “{metric}”. Use one of: {metrics}</translation>
    </message>
    <message>
        <location filename="../../app/report/targets.py" line="117"/>
        <source>Mức chỉ tiêu phải là số không âm: {minimum}</source>
        <translation>The target must be a number not below zero: {minimum}</translation>
    </message>
    <message>
        <location filename="../../app/report/targets.py" line="134"/>
        <source>Chủ đề “{name}” chưa có chỉ tiêu {metric}</source>
        <translation>Topic “{name}” has no {metric} target</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="48"/>
        <source>Giờ không hợp lệ: “{text}” (cần dạng GG:PP hoặc GG:PP:SS, ví dụ 06:30).</source>
        <translation>Invalid time: “{text}” (the form HH:MM or HH:MM:SS is needed, for example 06:30).</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="57"/>
        <source>Ngày trong tuần không hợp lệ: “{text}” (dùng các chữ số 1-7, 1 là Thứ Hai, 7 là Chủ nhật; ví dụ 12345).</source>
        <translation>Invalid days of the week: “{text}” (use the digits 1-7, 1 is Monday, 7 is Sunday; for example 12345).</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="71"/>
        <source>Thời điểm không hợp lệ: “{text}” (cần dạng NNNN-TT-NN GG:PP:SS, ví dụ 2025-03-15 06:30:00).</source>
        <translation>Invalid moment: “{text}” (the form YYYY-MM-DD HH:MM:SS is needed, for example 2025-03-15 06:30:00).</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="82"/>
        <source>Mức ưu tiên không hợp lệ: “{value}” (chọn ordinary = thông thường, priority = ưu tiên, emergency = khẩn cấp).</source>
        <translation>Invalid priority: “{value}” (choose ordinary, priority or emergency).</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="122"/>
        <source>Khung giờ cần có tên (ví dụ: Bản tin sáng).</source>
        <translation>A broadcast window needs a name (for example: Morning news).</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="124"/>
        <source>Tên khung giờ dài quá {most} ký tự.</source>
        <translation>A broadcast window&apos;s name may have at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="185"/>
        <source>Không có khung giờ số {window_id}.</source>
        <translation>There is no broadcast window number {window_id}.</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="253"/>
        <source>Không có mục lịch phát số {item_id}.</source>
        <translation>There is no schedule item number {item_id}.</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="283"/>
        <location filename="../../app/schedule_store.py" line="310"/>
        <source>Vị trí phải từ 1 trở lên (đã nhập {position}).</source>
        <translation>The position must be 1 or more (you entered {position}).</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="308"/>
        <source>Mục số {item_id} là mục phát riêng, không thuộc khung giờ nào.</source>
        <translation>Item number {item_id} is a one-off item and belongs to no broadcast window.</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="321"/>
        <source>Danh sách sắp xếp không khớp với các mục hiện có của khung giờ; hãy tải lại lịch.</source>
        <translation>The new order does not match the window&apos;s current items; reload the schedule.</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="343"/>
        <source>Thời điểm {at} đã qua; hãy chọn một thời điểm sau bây giờ.</source>
        <translation>The moment {at} has passed; choose a moment after now.</translation>
    </message>
    <message>
        <location filename="../../app/schedule_store.py" line="368"/>
        <source>Mục số {item_id} thuộc một khung giờ; hãy đổi vị trí thay vì đổi giờ.</source>
        <translation>Item {item_id} belongs to a window; change its position instead of its time.</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="93"/>
        <source>Tệp âm thanh {path} nằm ngoài thư mục dữ liệu của đài.</source>
        <translation>Audio file {path} lies outside the station&apos;s data folder.</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="101"/>
        <source>Không chép được tệp âm thanh vào kho của đài: {reason}.</source>
        <translation>Could not copy the audio file into the station&apos;s store: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="159"/>
        <source>Văn bản quá dài để đọc thành một tiết mục ({length:,} ký tự, tối đa {most:,} ký tự, khoảng 30 phút đọc). Hãy chia thành nhiều bản tin ngắn hơn.</source>
        <translation>The text is too long to read as one item ({length:,} characters, at most {most:,} characters, about 30 minutes of reading). Split it into several shorter bulletins.</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="176"/>
        <source>Không tìm thấy âm thanh {label} đã chọn trong Cài đặt (tiết mục số {segment_id}). Hãy chọn lại hoặc bỏ chọn trong Cài đặt → Giọng đọc mặc định.</source>
        <translation>The {label} audio chosen in Settings (item number {segment_id}) cannot be found. Choose it again, or clear it, in Settings → Default voice.</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="187"/>
        <source>Không tìm thấy tệp {label} {path}.</source>
        <translation>The {label} file {path} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="232"/>
        <location filename="../../app/speech.py" line="233"/>
        <source>mở đầu</source>
        <translation>opening</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="234"/>
        <location filename="../../app/speech.py" line="235"/>
        <source>kết thúc</source>
        <translation>closing</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="267"/>
        <source>Đã hủy tạo giọng đọc.</source>
        <translation>Speech creation cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/speech.py" line="270"/>
        <source>Văn bản không có chữ nào đọc được (chỉ có ký hiệu hoặc biểu tượng cảm xúc).</source>
        <translation>The text has nothing that can be read (only symbols or emoji).</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="59"/>
        <source>Chưa có bản sao lưu trong thư mục của đài; nếu có bản sao ở nơi khác, hãy khôi phục bằng Cài đặt → Sao lưu dữ liệu → Khôi phục…, hoặc lệnh: truyenthanh restore &lt;tệp&gt;.</source>
        <translation>There is no backup in the station&apos;s folder; if you have a copy elsewhere, restore it with Settings → Data backup → Restore…, or the command: truyenthanh restore &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="64"/>
        <source>Hãy khôi phục bản sao lưu gần nhất ({time:%H:%M} ngày {day}): Cài đặt → Sao lưu dữ liệu → Khôi phục…, hoặc lệnh: truyenthanh restore &quot;{path}&quot;. Tệp hỏng sẽ được giữ lại, không bị xoá.</source>
        <translation>Restore the latest backup ({time:%H:%M} on {day}): Settings → Data backup → Restore…, or the command: truyenthanh restore &quot;{path}&quot;. The damaged file will be kept, not deleted.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="94"/>
        <source>Thư mục dữ liệu {folder} chỉ cho phép đọc: phần mềm không ghi được nhật ký phát sóng. Hãy kiểm tra quyền ghi (ổ USB có khoá ghi, thư mục bị đặt chỉ đọc), hoặc mở ở chế độ chỉ xem.</source>
        <translation>The data folder {folder} is read-only: the software cannot write the airtime log. Check the write permission (a USB drive with its write lock on, a folder set to read-only), or open in view-only mode.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="105"/>
        <source>Không ghi thử được vào thư mục dữ liệu {folder} ({reason}). Hãy kiểm tra ổ đĩa.</source>
        <translation>Could not test writing to the data folder {folder} ({reason}). Check the drive.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="124"/>
        <source>Ổ đĩa chứa dữ liệu của đài sắp đầy (còn {free} MB). Hãy giải phóng dung lượng để nhật ký và bản sao lưu không bị gián đoạn.</source>
        <translation>The drive holding the station&apos;s data is nearly full ({free} MB left). Free up some space so that the log and the backups are not interrupted.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="143"/>
        <source>Tệp dữ liệu {database} chỉ cho phép đọc: phần mềm không ghi được nhật ký phát sóng. Hãy bỏ thuộc tính chỉ đọc của tệp (hoặc chép nó ra ổ đĩa ghi được), hoặc mở ở chế độ chỉ xem.</source>
        <translation>Data file {database} is read-only: the software cannot write the airtime log. Clear the file&apos;s read-only attribute (or copy it to a writable drive), or open in view-only mode.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="159"/>
        <source>Tệp dữ liệu {database} bị hỏng ({detail}). {hint}</source>
        <translation>Data file {database} is damaged ({detail}). {hint}</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="197"/>
        <source>Lớp bảo vệ chống sửa nhật ký phát sóng đã bị gỡ khỏi tệp dữ liệu ({missing}): có người đã can thiệp vào tệp ngoài phần mềm. Hãy kiểm tra nhật ký bằng lệnh: truyenthanh log verify.</source>
        <translation>The protection against editing the airtime log has been removed from the data file ({missing}): someone has tampered with the file outside the software. Check the log with the command: truyenthanh log verify.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="219"/>
        <source>Không tìm thấy thư mục âm thanh của đài ({audio_store}): {count} tiết mục sẽ không phát được. Nếu thư mục nằm trên ổ rời, hãy cắm lại; nếu đã bị xoá, hãy chép lại từ bản sao. Đừng tạo lại tiết mục trước khi kiểm tra.</source>
        <translation>The station&apos;s audio folder ({audio_store}) cannot be found: {count} item(s) will not play. If the folder is on a removable drive, plug it in again; if it was deleted, copy it back from a backup. Do not recreate the items before checking.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="234"/>
        <source>{count} tiết mục thiếu tệp âm thanh trong thư mục {audio_store} (ví dụ: {example}); các tiết mục đó sẽ không phát được. Hãy tạo lại giọng đọc hoặc nhập lại tệp ghi âm cho chúng.</source>
        <translation>{count} item(s) lack their audio file in the folder {audio_store} (for example: {example}); those items will not play. Create the speech again or import the recordings again for them.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="255"/>
        <source>Nhật ký đang ghi tạm vào tệp dự phòng: {waiting} bản ghi phát sóng chưa vào cơ sở dữ liệu ({journal}). Chúng được ghi vào nhật ký khi cơ sở dữ liệu ghi được: lúc phần mềm phát sóng chạy, hoặc bằng lệnh: truyenthanh check.</source>
        <translation>The log is being written to the backup log file: {waiting} airing records are not in the database yet ({journal}). They go into the log once the database can be written: while playout runs, or with the command: truyenthanh check.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="269"/>
        <source>Tệp nhật ký dự phòng {journal} có chỗ hỏng ({problem}); phần đọc được vẫn được ghi vào nhật ký. Hãy giữ lại tệp này để đối chiếu.</source>
        <translation>The backup log file {journal} is damaged in places ({problem}); the readable part is still written into the log. Keep this file for comparison.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="296"/>
        <source>Tệp tạm của lần nhập đã mất: nhật ký chỉ có phần đã thêm; hãy nhập lại tệp đó.</source>
        <translation>The import&apos;s temporary file is gone: the log holds only the rows added; import that file again.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="298"/>
        <source>Hãy chạy lệnh truyenthanh check (hoặc nhập lại) để thêm nốt phần còn lại.</source>
        <translation>Run truyenthanh check (or import again) to add the rest.</translation>
    </message>
    <message>
        <location filename="../../app/startup_checks.py" line="318"/>
        <source>Không kiểm tra được dữ liệu của đài ({error}).</source>
        <translation>Could not check the station&apos;s data ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/station.py" line="38"/>
        <source>Không tạo được thư mục dữ liệu {data_dir}: {reason}</source>
        <translation>Could not create the data folder {data_dir}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="29"/>
        <source> (thư mục {folder})</source>
        <translation> (folder {folder})</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="31"/>
        <source>Ổ đĩa đã đầy{place}, không ghi được dữ liệu. Hãy giải phóng dung lượng (xoá tệp không cần, dọn thùng rác) rồi thử lại; dữ liệu đã ghi trước đó vẫn còn nguyên.</source>
        <translation>The disk is full{place}; the data could not be written. Free up some space (delete unneeded files, empty the recycle bin) and try again; the data written before is intact.</translation>
    </message>
    <message>
        <location filename="../../app/storage_faults.py" line="40"/>
        <source>Không ghi được vào{place}: ổ đĩa hoặc thư mục chỉ cho phép đọc. Hãy kiểm tra quyền ghi (ổ USB có khoá ghi, thư mục bị đặt chỉ đọc) rồi mở lại phần mềm; dữ liệu hiện có vẫn còn nguyên.</source>
        <translation>Could not write to{place}: the drive or folder is read-only. Check the write permission (a USB drive with its write lock on, a folder set to read-only) and open the software again; the existing data is intact.</translation>
    </message>
    <message>
        <location filename="../../audio/ffmpeg_tools.py" line="192"/>
        <location filename="../../audio/ffmpeg_tools.py" line="201"/>
        <location filename="../../audio/mastering.py" line="184"/>
        <source>Lỗi xử lý âm thanh (ffmpeg): không đo được độ lớn âm thanh</source>
        <translation>Audio processing error (ffmpeg): could not measure the loudness</translation>
    </message>
    <message>
        <location filename="../../audio/ffmpeg_tools.py" line="208"/>
        <source>Lỗi xử lý âm thanh (ffmpeg): không đo được thời lượng</source>
        <translation>Audio processing error (ffmpeg): could not measure the duration</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="103"/>
        <source>Số lần đọc phải từ 1 trở lên</source>
        <translation>The number of readings must be 1 or more</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="105"/>
        <source>Khoảng nghỉ không được âm</source>
        <translation>The pause cannot be negative</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="310"/>
        <source>Lỗi xử lý âm thanh (ffmpeg): mã hóa MP3</source>
        <translation>Audio processing error (ffmpeg): MP3 encoding</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="315"/>
        <source>Lỗi xử lý âm thanh (ffmpeg): đo độ lớn</source>
        <translation>Audio processing error (ffmpeg): loudness measurement</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="353"/>
        <source>Độ to chuẩn phải từ -40 đến -5 (số càng gần 0 càng to)</source>
        <translation>The loudness target must be from -40 to -5 (the closer to 0, the louder)</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="355"/>
        <source>Mức đỉnh phải từ -9 đến 0 dBTP</source>
        <translation>The peak level must be from -9 to 0 dBTP</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="357"/>
        <source>Đoạn âm thanh quá ngắn</source>
        <translation>The audio is too short</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="363"/>
        <location filename="../../audio/mastering.py" line="381"/>
        <source>Đoạn âm thanh im lặng, không có tiếng</source>
        <translation>The audio is silent, there is no sound</translation>
    </message>
    <message>
        <location filename="../../audio/mastering.py" line="401"/>
        <source>Lỗi xử lý âm thanh (ffmpeg): không giữ được mức đỉnh dưới {limit:g} dBTP (đo được {peak:g})</source>
        <translation>Audio processing error (ffmpeg): could not keep the peak below {limit:g} dBTP (measured {peak:g})</translation>
    </message>
    <message>
        <location filename="../../audio/offline_voice.py" line="61"/>
        <source>Không dùng được giọng đọc offline (espeak-ng): không nạp được thư viện</source>
        <translation>The offline voice (espeak-ng) cannot be used: the library could not be loaded</translation>
    </message>
    <message>
        <location filename="../../audio/offline_voice.py" line="87"/>
        <source>Không dùng được giọng đọc offline (espeak-ng): không khởi động được</source>
        <translation>The offline voice (espeak-ng) cannot be used: it could not start</translation>
    </message>
    <message>
        <location filename="../../audio/offline_voice.py" line="107"/>
        <source>Không dùng được giọng đọc offline (espeak-ng): thiếu giọng {voice}</source>
        <translation>The offline voice (espeak-ng) cannot be used: voice {voice} is missing</translation>
    </message>
    <message>
        <location filename="../../audio/offline_voice.py" line="124"/>
        <source>Không dùng được giọng đọc offline (espeak-ng): lỗi tổng hợp (mã {status})</source>
        <translation>The offline voice (espeak-ng) cannot be used: synthesis error (code {status})</translation>
    </message>
    <message>
        <location filename="../../audio/pronunciations.py" line="453"/>
        <source>Mục phát âm không hợp lệ: thiếu chữ viết tắt</source>
        <extracomment>The edition of the defaults this release ships.</extracomment>
        <translation>Invalid pronunciation entry: the abbreviation is missing</translation>
    </message>
    <message>
        <location filename="../../audio/pronunciations.py" line="455"/>
        <source>Mục phát âm không hợp lệ: chưa có cách đọc cho “{written}”</source>
        <translation>Invalid pronunciation entry: no reading given for “{written}”</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="11"/>
        <source>Văn bản trống</source>
        <translation>The text is empty</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="16"/>
        <source>Đã hủy tạo giọng đọc</source>
        <translation>Speech creation cancelled</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="37"/>
        <source>Không kết nối được máy chủ giọng đọc Google (mất mạng?)</source>
        <extracomment>Whether another try may succeed (network trouble, rate limit, server error). Notice shown when `auto` fell back to the offline voice because of this error.</extracomment>
        <translation>Cannot reach Google&apos;s speech server (is the network down?)</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="45"/>
        <source>Máy chủ giọng đọc Google không trả lời sau {seconds:g} giây (mạng chậm hoặc mất mạng?)</source>
        <translation>Google&apos;s speech server did not answer within {seconds:g} seconds (slow or no network?)</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="59"/>
        <source>Máy chủ giọng đọc Google đang giới hạn số yêu cầu (mã 429), hãy thử lại sau ít phút</source>
        <translation>Google&apos;s speech server is limiting the number of requests (code 429); try again in a few minutes</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="62"/>
        <source>Máy chủ giọng đọc Google từ chối yêu cầu (mã {status})</source>
        <translation>Google&apos;s speech server refused the request (code {status})</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="73"/>
        <source>Máy chủ giọng đọc Google đang gặp lỗi (mã {status}), hãy thử lại sau</source>
        <translation>Google&apos;s speech server has an error (code {status}); try again later</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="80"/>
        <source>Máy chủ giọng đọc Google trả về dữ liệu không đọc được</source>
        <translation>Google&apos;s speech server returned data that cannot be read</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="89"/>
        <source>Không tìm thấy chương trình xử lý âm thanh ffmpeg</source>
        <translation>The audio processing program ffmpeg cannot be found</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="97"/>
        <source>Lỗi xử lý âm thanh (ffmpeg): {detail}</source>
        <translation>Audio processing error (ffmpeg): {detail}</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="102"/>
        <source>Không đọc được tệp âm thanh: {name}</source>
        <translation>Cannot read the audio file: {name}</translation>
    </message>
    <message>
        <location filename="../../audio/speech_errors.py" line="108"/>
        <source>Không ghi được tệp âm thanh vào thư mục lưu trữ: {detail}</source>
        <translation>Could not write the audio file into the store folder: {detail}</translation>
    </message>
    <message>
        <location filename="../../audio/speech_options.py" line="35"/>
        <source>Không có bộ đọc “{engine}”: chọn {choices} hoặc {last}.</source>
        <translation>There is no speech engine “{engine}”: choose {choices} or {last}.</translation>
    </message>
    <message>
        <location filename="../../audio/speech_options.py" line="46"/>
        <source>Không có giọng đọc vùng miền “{voice}”: chọn {choices} hoặc {last}.</source>
        <translation>There is no regional voice “{voice}”: choose {choices} or {last}.</translation>
    </message>
    <message>
        <location filename="../../audio/speech_options.py" line="54"/>
        <source>Tốc độ đọc phải từ {low:.1f} đến {high:.1f} (đọc chậm cho loa ngoài trời: 0,8 đến 1,0).</source>
        <translation>The reading speed must be from {low:.1f} to {high:.1f} (read slowly for outdoor loudspeakers: 0.8 to 1.0).</translation>
    </message>
    <message>
        <location filename="../../audio/speech_options.py" line="63"/>
        <source>Số lần đọc phải từ 1 đến {most}.</source>
        <translation>The number of readings must be from 1 to {most}.</translation>
    </message>
    <message>
        <location filename="../../audio/speech_options.py" line="70"/>
        <source>Khoảng nghỉ giữa hai lần đọc phải từ 0 đến {most:g} giây.</source>
        <translation>The pause between two readings must be from 0 to {most:g} seconds.</translation>
    </message>
    <message>
        <location filename="../../audio/synthesizer.py" line="216"/>
        <source>Không dùng được giọng đọc offline (espeak-ng): tần số mẫu {rate} Hz không khớp</source>
        <translation>The offline voice (espeak-ng) cannot be used: sample rate {rate} Hz does not match</translation>
    </message>
    <message>
        <location filename="../../app/commands/policy.py" line="92"/>
        <source>Ghi cả --quiet-from và --quiet-to (giờ nghỉ bắt đầu và kết thúc).</source>
        <translation>Give both --quiet-from and --quiet-to (when quiet hours start and end).</translation>
    </message>
    <message>
        <location filename="../../app/commands/policy.py" line="96"/>
        <source>Giờ nghỉ bắt đầu và kết thúc phải khác nhau.</source>
        <translation>Quiet hours must start and end at different times.</translation>
    </message>
    <message>
        <location filename="../../app/dates.py" line="34"/>
        <source>Ngày không hợp lệ: “{cleaned}” (viết theo dạng {day_forms})</source>
        <translation>Invalid date: “{cleaned}” (write it as {day_forms})</translation>
    </message>
    <message>
        <location filename="../../app/dates.py" line="39"/>
        <source>Ngày {cleaned} nằm ngoài khoảng năm {first} đến {last}; hãy kiểm tra lại năm.</source>
        <translation>The date {cleaned} is outside the years {first} to {last}; please check the year.</translation>
    </message>
    <message>
        <location filename="../../app/paths.py" line="35"/>
        <source>--db {path} là một thư mục; hãy ghi tên tệp dữ liệu, ví dụ {example}.</source>
        <translation>--db {path} is a folder; give the data file&apos;s name, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../app/paths.py" line="42"/>
        <source>--db {path}: không có thư mục {parent}. Hãy kiểm tra lại đường dẫn.</source>
        <translation>--db {path}: the folder {parent} does not exist. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../app/policy.py" line="87"/>
        <source>Không có mẫu quy định “{key}” (chọn một trong: {names}).</source>
        <translation>There is no rules preset “{key}” (choose one of: {names}).</translation>
    </message>
    <message>
        <location filename="../../app/policy.py" line="135"/>
        <source>{what} phải là một số nguyên từ 0 đến 1440 (0 là không giới hạn), không phải “{text}”.</source>
        <translation>{what} must be a whole number from 0 to 1440 (0 means no limit), not “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/policy.py" line="209"/>
        <source>Muốn lập lịch trái quy định giờ phát, hãy ghi lý do (ví dụ: theo chỉ đạo của UBND phường).</source>
        <translation>To schedule against the broadcast-hour rules, write a reason (for example: on the ward People&apos;s Committee&apos;s instruction).</translation>
    </message>
    <message>
        <location filename="../../app/policy.py" line="212"/>
        <source>Lý do dài quá {limit} ký tự.</source>
        <translation>The reason is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/service_install.py" line="86"/>
        <source>Kiểu khởi động “{kind}” không có; chọn một trong: {kinds}.</source>
        <translation>There is no start-up kind “{kind}”; choose one of: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/service_install.py" line="89"/>
        <source>Kiểu khởi động “{kind}” không dùng được trên hệ điều hành này.</source>
        <translation>The start-up kind “{kind}” cannot be used on this operating system.</translation>
    </message>
    <message>
        <location filename="../../app/service_install.py" line="105"/>
        <source>Không tìm thấy thư mục APPDATA của người dùng Windows.</source>
        <translation>The Windows user&apos;s APPDATA folder was not found.</translation>
    </message>
    <message>
        <location filename="../../app/service_install.py" line="215"/>
        <source>Không ghi được {target}: {reason}.</source>
        <translation>Could not write {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/service_install.py" line="232"/>
        <source>Không xoá được {target}: {reason}.</source>
        <translation>Could not delete {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/relay/probe.py" line="35"/>
        <source>Không chạy được ffmpeg để nghe thử nguồn: {strerror}.</source>
        <translation>Could not run ffmpeg to check the source: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../app/relay/probe.py" line="57"/>
        <source>Không nghe được nguồn {source}: không nhận được âm thanh ({reason}).</source>
        <translation>Could not hear the source {source}: no sound received ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/relay/probe.py" line="64"/>
        <source>Không nghe được nguồn {source}: không nhận được âm thanh sau {seconds:g} giây.</source>
        <translation>Could not hear the source {source}: no sound received after {seconds:g} seconds.</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="51"/>
        <source>Địa chỉ luồng tiếp sóng không hợp lệ: “{url}”. Cần một địa chỉ http:// hoặc https:// (luồng MP3/AAC của Icecast, Shoutcast, hoặc danh sách HLS .m3u8).</source>
        <translation>Invalid relay stream address: “{url}”. It needs an http:// or https:// address (an Icecast or Shoutcast MP3/AAC stream, or an HLS .m3u8 playlist).</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="63"/>
        <source>Thời lượng tiếp sóng phải từ 1 giây đến {hours} giờ (đã nhập {length_s}).</source>
        <translation>A relay lasts from 1 second to {hours} hours (you entered {length_s}).</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="75"/>
        <source>Không có tiết mục dự phòng số {segment_id}.</source>
        <translation>There is no fallback segment {segment_id}.</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="80"/>
        <source>Tiết mục số {segment_id} không dùng làm dự phòng được: cần một tiết mục có tệp âm thanh (bản ghi âm, giọng đọc, nhạc hiệu).</source>
        <translation>Segment {segment_id} cannot be a fallback: it needs a segment with an audio file (a recording, a reading, a jingle).</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="103"/>
        <source>Hãy nhập tên cho chương trình tiếp sóng.</source>
        <translation>Enter a name for the relayed programme.</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="105"/>
        <source>Chương trình tiếp sóng cần đúng một nguồn: một địa chỉ luồng hoặc một thiết bị thu.</source>
        <translation>A relayed programme needs exactly one source: a stream address or an input device.</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="111"/>
        <source>Hãy chọn thiết bị thu (đường vào âm thanh của máy tính).</source>
        <translation>Choose the input device (the computer&apos;s audio input).</translation>
    </message>
    <message>
        <location filename="../../app/relay/store.py" line="147"/>
        <source>Không có chương trình tiếp sóng số {segment_id}.</source>
        <translation>There is no relayed programme {segment_id}.</translation>
    </message>
    <message>
        <location filename="../../app/log/template.py" line="69"/>
        <source>Tệp mẫu cần đuôi .csv hoặc .xlsx, không phải {name}.</source>
        <translation>A template file must end in .csv or .xlsx, not {name}.</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="117"/>
        <source>Không có cài đặt “{key}” (xem “settings list”).</source>
        <translation>There is no setting “{key}” (see “settings list”).</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="129"/>
        <source>Cài đặt “{key}” cần số của một tiết mục (đã nhập “{value}”).</source>
        <translation>Setting “{key}” needs the number of a segment (“{value}” was entered).</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="135"/>
        <source>Tên đài không được để trống.</source>
        <translation>The station name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="140"/>
        <source>Cài đặt “{key}” chỉ nhận on hoặc off (đã nhập “{value}”).</source>
        <translation>Setting “{key}” takes only on or off (“{value}” was entered).</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="145"/>
        <source>Cài đặt “{key}” cần một số (đã nhập “{value}”).</source>
        <translation>Setting “{key}” needs a number (“{value}” was entered).</translation>
    </message>
    <message>
        <location filename="../../app/commands/post.py" line="65"/>
        <source>Ngày kết thúc {end} trước ngày bắt đầu {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="58"/>
        <source>Kênh đăng “{text}” không có; chọn zalo, facebook, website hoặc other.</source>
        <translation>There is no channel “{text}”; choose zalo, facebook, website or other.</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="70"/>
        <source>Thời điểm đăng “{text}” không hợp lệ (viết theo dạng 2026-12-01 07:30:00).</source>
        <translation>The posting time “{text}” is not valid (write it as 2026-12-01 07:30:00).</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="76"/>
        <source>Đường dẫn “{url}” không phải địa chỉ web (bắt đầu bằng http:// hoặc https://).</source>
        <translation>“{url}” is not a web address (it starts with http:// or https://).</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="95"/>
        <source>Thời điểm đăng {at} còn ở tương lai; hãy kiểm tra lại ngày giờ.</source>
        <translation>The posting time {at} is in the future; check the date and time.</translation>
    </message>
    <message>
        <location filename="../../app/share_package.py" line="73"/>
        <source>Bản tin số {id} chưa có giọng đọc: bấm “Chuyển thành giọng nói” (hoặc “truyenthanh bulletin speak {id}”) rồi chia sẻ.</source>
        <translation>Bulletin {id} has no speech yet: press “Convert to speech” (or run “truyenthanh bulletin speak {id}”), then share it.</translation>
    </message>
    <message>
        <location filename="../../app/share_package.py" line="80"/>
        <source>Không tìm thấy tệp âm thanh của tiết mục số {id}: {path}</source>
        <translation>The audio file of item {id} was not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/share_package.py" line="94"/>
        <source>Nội dung bản tin hoặc từ điển phát âm đã đổi sau khi tạo giọng đọc (tiết mục số {id}): phụ đề theo chữ hiện tại, nên đọc lại thành giọng nói nếu lời đọc đã khác.</source>
        <translation>The bulletin&apos;s text or the pronunciation dictionary changed after the speech was made (item {id}): the subtitles follow the current text; convert it to speech again if the reading differs.</translation>
    </message>
    <message>
        <location filename="../../app/share_package.py" line="181"/>
        <source>Không ghi được gói chia sẻ vào {folder}: {error}</source>
        <translation>Could not write the share package into {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../audio/video_card.py" line="77"/>
        <source>Không có phông chữ có đủ dấu tiếng Việt (Noto Sans, DejaVu Sans hoặc Arial) để làm video.</source>
        <translation>No font with every Vietnamese letter (Noto Sans, DejaVu Sans or Arial) is installed to make the video.</translation>
    </message>
    <message>
        <location filename="../../audio/video_card.py" line="92"/>
        <source>ffmpeg trên máy này thiếu libass hoặc libx264: không làm được video chia sẻ.</source>
        <translation>This computer&apos;s ffmpeg lacks libass or libx264: the share video cannot be made.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="48"/>
        <source>Bản ghi không có tiếng nói: micrô có thể đang tắt, bị tắt tiếng hoặc chọn nhầm đầu vào. Hãy kiểm tra micrô rồi ghi lại.</source>
        <translation>The take has no voice in it: the microphone may be off, muted or the wrong input chosen. Check the microphone and record again.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="59"/>
        <location filename="../../app/voice_recording.py" line="68"/>
        <source>Không đọc được bản ghi vừa thu: {reason}</source>
        <translation>Could not read the take just recorded: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="86"/>
        <source>Bản ghi chỉ có {duration:.1f} giây tiếng nói: quá ngắn, hãy ghi lại.</source>
        <translation>The take has only {duration:.1f} seconds of voice: too short, please record again.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="91"/>
        <source>Đã hủy xử lý bản ghi.</source>
        <translation>Processing of the take cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="126"/>
        <source>Không tìm thấy lượt phát số {id} trong nhật ký.</source>
        <translation>Airing no. {id} is not in the log.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="128"/>
        <source>Lượt phát số {id} đã có bản ghi âm.</source>
        <translation>Airing no. {id} already has a recording.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="136"/>
        <source>Bản ghi của buổi đọc trực tiếp rỗng: micrô không gửi được âm thanh nào.</source>
        <translation>The live reading&apos;s recording is empty: the microphone sent no sound.</translation>
    </message>
    <message>
        <location filename="../../app/voice_recording.py" line="143"/>
        <location filename="../../app/voice_recording.py" line="156"/>
        <source>Không lưu được bản ghi đọc trực tiếp: {reason}.</source>
        <translation>Could not save the live reading&apos;s recording: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="100"/>
        <source>Cơ quan ban hành chỉ nhận ubnd (Ủy ban nhân dân phường) hoặc station (đài truyền thanh), đã nhập “{value}”.</source>
        <translation>The issuing body is ubnd (the ward People&apos;s Committee) or station (the radio station); “{value}” was entered.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="109"/>
        <source>Hình thức ký chỉ nhận: để trống (ký trực tiếp), TM., KT., TM. KT., Q., TL., TUQ. (đã nhập “{value}”).</source>
        <translation>The signing form is one of: empty (signed directly), TM., KT., TM. KT., Q., TL., TUQ. (“{value}” was entered).</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="116"/>
        <source>Chức vụ người ký chỉ ghi chức vụ của người ký (ví dụ PHÓ CHỦ TỊCH); hình thức ký (TM., KT., Q., TL., TUQ.) chọn riêng.</source>
        <translation>The signer&apos;s title holds only the signer&apos;s own office (e.g. PHÓ CHỦ TỊCH); the signing form (TM., KT., Q., TL., TUQ.) is chosen separately.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="122"/>
        <source>Hãy ghi chức danh người đứng đầu (ví dụ CHỦ TỊCH, TRƯỞNG ĐÀI).</source>
        <translation>Enter the head&apos;s title (e.g. CHỦ TỊCH, TRƯỞNG ĐÀI).</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="126"/>
        <source>Người đứng đầu Ủy ban nhân dân là CHỦ TỊCH (đã nhập “{head}”); văn bản do người đứng đầu đài ký thì cơ quan ban hành là đài truyền thanh.</source>
        <translation>The head of the People&apos;s Committee is the CHỦ TỊCH (“{head}” was entered); a paper signed by the station&apos;s head is issued by the radio station.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="134"/>
        <source>Văn bản của đài truyền thanh do người đứng đầu đài ký (ví dụ TRƯỞNG ĐÀI), không phải “{head}”; văn bản do Chủ tịch hoặc Phó Chủ tịch ký thì cơ quan ban hành là Ủy ban nhân dân phường.</source>
        <translation>A paper of the radio station is signed by the station&apos;s head (e.g. TRƯỞNG ĐÀI), not “{head}”; a paper signed by the Chairman or a Vice-Chairman is issued by the ward People&apos;s Committee.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="149"/>
        <source>Ký trực tiếp hoặc TM. thì người ký là người đứng đầu: chức vụ người ký phải là “{head}” (đã nhập “{title}”); cấp phó ký thì chọn KT.</source>
        <translation>Signed directly or TM., the signer is the head: the signer&apos;s title must be “{head}” (“{title}” was entered); a deputy signs with KT.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="158"/>
        <source>Ký thay (KT.) {head}: người ký là cấp phó, chức vụ “{deputy}” (đã nhập “{title}”).</source>
        <translation>Signing for (KT.) the {head}: the signer is the deputy, titled “{deputy}” (“{title}” was entered).</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="142"/>
        <source>Chỉ Ủy ban nhân dân (tập thể) mới ký thay mặt (TM.); văn bản của đài truyền thanh ký trực tiếp, KT., Q., TL. hoặc TUQ.</source>
        <translation>Only the People&apos;s Committee (a collective) signs on behalf (TM.); a paper of the radio station is signed directly, KT., Q., TL. or TUQ.</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="167"/>
        <source>Thừa lệnh (TL.) hoặc thừa ủy quyền (TUQ.): người ký là người được giao, ghi chức vụ của người đó (ví dụ CHÁNH VĂN PHÒNG), không phải người đứng đầu hay cấp phó.</source>
        <translation>By order (TL.) or by authorisation (TUQ.): the signer is the person assigned; enter that person&apos;s title (e.g. CHÁNH VĂN PHÒNG), not the head&apos;s or the deputy&apos;s.</translation>
    </message>
    <message>
        <location filename="../../app/log/counting.py" line="63"/>
        <source>Tỷ lệ để tính một lượt bị ngắt không hợp lệ: “{text}”. Cần một số phần trăm từ {least} đến {most} (mặc định {default}).</source>
        <translation>Invalid share for counting an interrupted airing: “{text}”. A percentage from {least} to {most} is needed (default {default}).</translation>
    </message>
    <message>
        <location filename="../../app/report/queries.py" line="169"/>
        <source>Không có chủ đề “{name}” trong danh sách chủ đề hay trong nhật ký. Các chủ đề hiện có: {known}</source>
        <translation>There is no topic “{name}” in the topic list or in the log. Topics available: {known}</translation>
    </message>
    <message>
        <location filename="../../app/topics.py" line="52"/>
        <source>Tên chủ đề “{name}” không dấu khớp với nhiều chủ đề: {found}. Hãy gõ tên có dấu.</source>
        <translation>The unaccented topic name “{name}” matches several topics: {found}. Type the name with its accents.</translation>
    </message>
    <message>
        <location filename="../../audio/numbers_vi.py" line="23"/>
        <source>Phương ngữ không hợp lệ: “{dialect}” (chọn “north” hoặc “south”)</source>
        <translation>Invalid dialect: “{dialect}” (choose “north” or “south”)</translation>
    </message>
    <message>
        <location filename="../../audio/numbers_vi.py" line="112"/>
        <source>Không đọc được số: “{text}”</source>
        <translation>Cannot read the number: “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/commands/settings.py" line="65"/>
        <source>Thiếu giá trị cho cài đặt “{key}”.</source>
        <translation>Missing a value for the setting “{key}”.</translation>
    </message>
    <message>
        <location filename="../../app/live_take_recovery.py" line="58"/>
        <source>Bản ghi đọc trực tiếp của lượt số {id} đã được khôi phục và lưu cùng nhật ký sau khi phần mềm bị tắt đột ngột.</source>
        <translation>The recording of live reading no. {id} was recovered and kept with the log after the software was shut down abruptly.</translation>
    </message>
    <message>
        <location filename="../../app/live_take_recovery.py" line="66"/>
        <source>Chưa khôi phục được bản ghi đọc trực tiếp của lượt số {id}: {reason} Tệp vẫn được giữ để thử lại lần sau.</source>
        <translation>The recording of live reading no. {id} could not be recovered yet: {reason} The file is kept to try again next time.</translation>
    </message>
</context>
<context>
    <name>ApprovalFormActions</name>
    <message>
        <location filename="../approval_form_actions.py" line="38"/>
        <source>In ra máy in…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../approval_form_actions.py" line="41"/>
        <source>Lưu thành tệp PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../approval_form_actions.py" line="66"/>
        <source>In phiếu duyệt</source>
        <translation>Print approval form</translation>
    </message>
    <message>
        <location filename="../approval_form_actions.py" line="75"/>
        <source>Đã in phiếu duyệt ra “{printer}”.</source>
        <translation>Approval form printed to “{printer}”.</translation>
    </message>
    <message>
        <location filename="../approval_form_actions.py" line="83"/>
        <source>Lưu phiếu duyệt</source>
        <translation>Save approval form</translation>
    </message>
    <message>
        <location filename="../approval_form_actions.py" line="83"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../approval_form_actions.py" line="98"/>
        <source>Đã lưu phiếu duyệt: {path}</source>
        <translation>Approval form saved: {path}</translation>
    </message>
</context>
<context>
    <name>AudioPreview</name>
    <message>
        <location filename="../audio_preview.py" line="213"/>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="169"/>
        <location filename="../audio_preview.py" line="213"/>
        <source>Nghe thử</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="171"/>
        <source>Thiết bị nghe thử đang là thiết bị phát ra loa: nếu máy nối với bộ khuếch đại, cả phường sẽ nghe thấy bản nghe thử này.

Hãy chọn tai nghe hoặc loa máy tính ở “Thiết bị nghe thử” trong Cài đặt. Vẫn nghe thử qua thiết bị phát ra loa?</source>
        <translation>The preview device is the on-air output: if this computer is wired to the amplifier, the whole ward will hear this preview.

Choose headphones or the computer&apos;s speakers as “Preview device” in Settings. Preview through the on-air output anyway?</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="179"/>
        <source>Nghe thử qua loa</source>
        <translation>Preview on air</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="180"/>
        <source>Không nghe thử</source>
        <translation>Do not preview</translation>
    </message>
    <message>
        <location filename="../audio_preview.py" line="219"/>
        <source>Không phát được tệp âm thanh: {message}</source>
        <translation>Cannot play the audio file: {message}</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../backup_panel.py" line="51"/>
        <source>Sao lưu dữ liệu</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="59"/>
        <source>Phần mềm tự sao lưu dữ liệu mỗi ngày vào thư mục của đài, giữ 14 ngày gần nhất và 12 bản cuối tháng. Nên chép thêm một bản ra ổ USB định kỳ.</source>
        <translation>The software backs up its data every day into the station folder, keeping the last 14 days and 12 month-ends. Copy one to a USB drive from time to time as well.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="71"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="74"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="77"/>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="80"/>
        <source>Mở thư mục sao lưu</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="98"/>
        <source>Đang mở ở chế độ chỉ xem: không sao lưu hay khôi phục được ở đây.</source>
        <translation>Opened read-only: backup and restore are not available here.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="109"/>
        <source>{when}   ({size})   {name}</source>
        <translation>{when}   ({size})   {name}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="116"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="144"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="158"/>
        <source>Đã sao lưu vào {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="164"/>
        <source>Không sao lưu được: {message}</source>
        <translation>Backup failed: {message}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="180"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="182"/>
        <source>Bản sao lưu (*.db);;Tất cả các tệp (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="189"/>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="191"/>
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
        <location filename="../backup_panel.py" line="200"/>
        <source>Bản sao lưu này thiếu {dropped} lượt phát cuối mà nhật ký hiện tại đã ghi (bản sao lưu đến lượt thứ {backup} trong chuỗi, nhật ký hiện tại đến lượt thứ {current}). Khôi phục sẽ bỏ {dropped} lượt phát này khỏi nhật ký; việc này được ghi vào bản ghi neo của nhật ký.</source>
        <translation>This backup lacks the last {dropped} airings the current log holds (the backup goes up to chain position {backup}, the current log up to {current}). Restoring drops these {dropped} airings from the log; this is recorded in the log&apos;s anchors.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="205"/>
        <source>Cảnh báo: nhật ký trong bản sao lưu này đã bị sửa ngoài phần mềm.</source>
        <translation>Warning: the log in this backup was altered outside the software.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="212"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="218"/>
        <source>Đang phát “{title}”. Hãy dừng phát rồi mới khôi phục dữ liệu.</source>
        <translation>Now playing “{title}”. Stop playout before restoring data.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backup_panel.py" line="231"/>
        <source>Khôi phục, bỏ %n lượt phát</source>
        <translation>
            <numerusform>Restore, dropping %n airing</numerusform>
            <numerusform>Restore, dropping %n airings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="233"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="235"/>
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="256"/>
        <source>Đã khôi phục dữ liệu từ {name}.</source>
        <translation>Data restored from {name}.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="258"/>
        <source>Dữ liệu trước khi khôi phục được giữ lại ở:
{path}</source>
        <translation>The data from before the restore is kept at:
{path}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="261"/>
        <source>Phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp.</source>
        <translation>The program will close; open it again to carry on.</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <location filename="../bulletin_editor.py" line="83"/>
        <source>Ví dụ: Cảnh giác với cuộc gọi giả danh công an</source>
        <translation>E.g. Beware of calls from fake police officers</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="91"/>
        <source>Chọn hoặc gõ tên chủ đề mới</source>
        <translation>Choose a topic or type a new one</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="98"/>
        <source>Ghi chú cho cán bộ đài, không đọc lên loa</source>
        <translation>Notes for station staff, not read on air</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="101"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="102"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="103"/>
        <source>Thực hiện văn bản</source>
        <translation>Implements document</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="110"/>
        <source>Gõ hoặc dán nội dung bản tin cần đọc trên loa…</source>
        <translation>Type or paste the bulletin text to be read on air…</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="115"/>
        <source>Cách máy sẽ đọc nội dung hiện ở đây.</source>
        <translation>How the computer will read the text appears here.</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="127"/>
        <source>Nội dung bản tin</source>
        <translation>Bulletin text</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="131"/>
        <source>Máy sẽ đọc là</source>
        <translation>The computer will read</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="143"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="159"/>
        <source>(không gắn văn bản)</source>
        <translation>(no document)</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="253"/>
        <source>Nội dung dùng bảng mã cũ {encoding} (phông chữ .Vn hoặc VNI) đã được tự chuyển sang Unicode. Hãy đọc lại để kiểm tra trước khi lưu (Ctrl+Z để hoàn tác).</source>
        <translation>The text used the old {encoding} encoding (.Vn or VNI fonts) and was converted to Unicode. Read it through before saving (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="279"/>
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="302"/>
        <source>Không có chữ nào đọc được trong nội dung này.</source>
        <translation>There is nothing readable in this text.</translation>
    </message>
    <message>
        <location filename="../bulletin_editor.py" line="305"/>
        <source>Nội dung dài: chỉ xem trước {n} ký tự đầu.</source>
        <translation>Long text: only the first {n} characters are previewed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../bulletin_editor.py" line="308"/>
        <source>%n câu</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulletinTableModel</name>
    <message>
        <location filename="../bulletin_table_model.py" line="32"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="33"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="34"/>
        <source>Âm thanh</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="35"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="64"/>
        <source>[Mẫu] {title}</source>
        <translation>[Sample] {title}</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="69"/>
        <source>(chưa có chủ đề)</source>
        <translation>(no topic)</translation>
    </message>
    <message numerus="yes">
        <location filename="../bulletin_table_model.py" line="72"/>
        <source>%n tiết mục</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="73"/>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="81"/>
        <source>Cập nhật {when}</source>
        <translation>Updated {when}</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="85"/>
        <source>Thực hiện văn bản số {number}</source>
        <translation>Implements document No. {number}</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="88"/>
        <source>Bản tin mẫu do phần mềm tạo sẵn</source>
        <translation>Sample bulletin supplied with the software</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../bulletins_page.py" line="48"/>
        <source>Văn bản (*.txt *.docx);;Tất cả các tệp (*)</source>
        <translation>Documents (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="49"/>
        <source>Âm thanh (*.mp3 *.wav *.m4a);;Tất cả các tệp (*)</source>
        <translation>Audio (*.mp3 *.wav *.m4a);;All files (*)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="103"/>
        <source>Tìm bản tin (gõ có dấu hoặc không dấu)…</source>
        <translation>Search bulletins (with or without diacritics)…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="133"/>
        <source>Xóa tiết mục</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="138"/>
        <source>Đọc lại với từ điển mới</source>
        <translation>Read again with the new dictionary</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="142"/>
        <source>Tiết mục này được đọc với từ điển phát âm cũ hơn: đọc lại bản tin với từ điển hiện nay.</source>
        <translation>This item was read with an older pronunciation dictionary: read the bulletin again with today&apos;s dictionary.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="176"/>
        <source>Lưu bản tin</source>
        <translation>Save bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="177"/>
        <location filename="../bulletins_page.py" line="410"/>
        <source>Xóa bản tin</source>
        <translation>Delete bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="178"/>
        <source>Chuyển thành giọng nói</source>
        <translation>Convert to speech</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="89"/>
        <location filename="../bulletins_page.py" line="441"/>
        <source>Bản tin mới</source>
        <translation>New bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="90"/>
        <source>Nhập từ tệp Word/.txt…</source>
        <translation>Import from Word/.txt…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="91"/>
        <source>Nhập bản ghi âm…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="92"/>
        <source>Từ điển phát âm</source>
        <translation>Pronunciation dictionary</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="158"/>
        <source>Âm thanh của bản tin</source>
        <translation>Audio of the bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="161"/>
        <source>Bản ghi âm riêng ({n})</source>
        <translation>Recordings on their own ({n})</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="179"/>
        <source>Ghi âm giọng đọc</source>
        <translation>Record your voice</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="183"/>
        <source>Duyệt…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="185"/>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="187"/>
        <source>In phiếu duyệt…</source>
        <translation>Print approval form…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="242"/>
        <source>Bản tin</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="243"/>
        <source>Soạn, nhập và đọc thành giọng nói các bản tin tuyên truyền của đài.</source>
        <translation>Write, import and convert the station&apos;s awareness bulletins to speech.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="279"/>
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message numerus="yes">
        <location filename="../bulletins_page.py" line="308"/>
        <source>Tìm thấy %n bản tin</source>
        <translation>
            <numerusform>%n bulletin found</numerusform>
            <numerusform>%n bulletins found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bulletins_page.py" line="310"/>
        <source>%n bản tin</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="355"/>
        <source>Bản tin chưa lưu</source>
        <translation>Unsaved bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="356"/>
        <source>Bản tin đang soạn có thay đổi chưa lưu. Lưu lại không?</source>
        <translation>The bulletin you are editing has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="397"/>
        <source>Đã lưu bản tin.</source>
        <translation>Bulletin saved.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="407"/>
        <source>(không tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="412"/>
        <source>Xóa bản tin “{title}”? Các tiết mục âm thanh đã tạo từ bản tin này vẫn được giữ lại (có thể đang nằm trong lịch phát).</source>
        <translation>Delete the bulletin “{title}”? The audio segments made from it are kept (they may be in the schedule).</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="428"/>
        <source>Đã xóa bản tin.</source>
        <translation>Bulletin deleted.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="443"/>
        <source> (chưa lưu)</source>
        <translation> (unsaved)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="444"/>
        <source>Sửa bản tin</source>
        <translation>Edit bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="454"/>
        <source>Trạng thái duyệt: nháp (chưa lưu)</source>
        <translation>Approval: draft (not saved)</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="463"/>
        <source>Trạng thái duyệt: đã duyệt bởi %1 lúc %2</source>
        <translation>Approval: approved by %1 at %2</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="465"/>
        <source>Trạng thái duyệt: nội dung đã đổi sau khi duyệt, cần duyệt lại</source>
        <translation>Approval: the text changed after approval; it must be approved again</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="467"/>
        <source>Trạng thái duyệt: trả lại bởi %1 lúc %2</source>
        <translation>Approval: returned by %1 at %2</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="469"/>
        <source>Trạng thái duyệt: chờ duyệt</source>
        <translation>Approval: submitted, waiting</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="471"/>
        <source>Trạng thái duyệt: nháp</source>
        <translation>Approval: draft</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="491"/>
        <location filename="../bulletins_page.py" line="500"/>
        <location filename="../bulletins_page.py" line="503"/>
        <source>Duyệt tin bài</source>
        <translation>Approve bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="491"/>
        <source>Hãy lưu bản tin trước khi duyệt hoặc trả lại.</source>
        <translation>Save the bulletin before approving or returning it.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="500"/>
        <source>Người duyệt:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="503"/>
        <source>Ý kiến (có thể để trống):</source>
        <translation>Note (may be left empty):</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="516"/>
        <location filename="../bulletins_page.py" line="519"/>
        <source>Trả lại bản tin</source>
        <translation>Return bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="516"/>
        <source>Người trả lại:</source>
        <translation>Returned by:</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="519"/>
        <source>Lý do trả lại:</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="531"/>
        <source>Chọn tệp bản tin</source>
        <translation>Choose a bulletin file</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="539"/>
        <source>Đang đọc tệp {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="547"/>
        <source>Đã nhập nội dung từ tệp. Hãy kiểm tra, chọn chủ đề rồi bấm “Lưu bản tin”.</source>
        <translation>Text imported from the file. Check it, choose a topic, then click “Save bulletin”.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="551"/>
        <source>Đã nhập nội dung từ tệp dùng bảng mã cũ {encoding} và chuyển sang Unicode. Hãy đọc lại, chọn chủ đề rồi bấm “Lưu bản tin”.</source>
        <translation>Imported the text of a file in the old {encoding} encoding and converted it to Unicode. Read it through, choose a topic, then press “Save bulletin”.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="559"/>
        <source>Chọn bản ghi âm</source>
        <translation>Choose a recording</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="589"/>
        <source>Đã giữ bản ghi giọng đọc.</source>
        <translation>The voice recording was kept.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="598"/>
        <source>Bản ghi âm chưa có tên.</source>
        <translation>The recording has no name.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="601"/>
        <source>Chưa chọn chủ đề cho bản ghi âm.</source>
        <translation>No topic chosen for the recording.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="604"/>
        <source>Đang kiểm tra bản ghi âm {name}…</source>
        <translation>Checking the recording {name}…</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="627"/>
        <source>Đã nhập bản ghi âm “{title}”.</source>
        <translation>Recording “{title}” imported.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="650"/>
        <source>Bản ghi âm không gắn với bản tin nào</source>
        <translation>Recordings not linked to any bulletin</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="653"/>
        <source>Âm thanh của bản tin này ({n})</source>
        <translation>Audio of this bulletin ({n})</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="746"/>
        <source>Đã lưu từ điển phát âm.</source>
        <translation>Pronunciation dictionary saved.</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="727"/>
        <source>Đã lưu tiết mục giọng đọc. Có thể xếp vào lịch phát.</source>
        <translation>Speech segment saved. It can now be added to the schedule.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../app/posts.py" line="23"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="24"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="25"/>
        <source>Trang web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/posts.py" line="26"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DailyBackupTimer</name>
    <message>
        <location filename="../daily_backup.py" line="74"/>
        <source>Không tự sao lưu được dữ liệu hôm nay: {message}</source>
        <translation>Today&apos;s automatic backup failed: {message}</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../day_timeline.py" line="41"/>
        <source>Dòng thời gian trong ngày: mỗi vạch là một tiết mục; vạch đỏ là bây giờ; vùng gạch chéo là giờ nghỉ.</source>
        <translation>The day&apos;s timeline: each bar is an item; the red line is now; the hatched band is the quiet hours.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../emergency_dialog.py" line="24"/>
        <source>Phát khẩn cấp</source>
        <translation>Emergency broadcast</translation>
    </message>
    <message>
        <location filename="../emergency_dialog.py" line="25"/>
        <source>PHÁT KHẨN CẤP — chọn tiết mục cần phát ngay. Tiết mục đang phát sẽ bị ngắt (ghi “Bị ngắt” trong nhật ký) và tiết mục khẩn cấp phát ngay lập tức.</source>
        <translation>EMERGENCY BROADCAST — choose the segment to play now. The segment on air is cut off (logged as “Interrupted”) and the emergency segment plays at once.</translation>
    </message>
    <message>
        <location filename="../emergency_dialog.py" line="30"/>
        <source>Phát khẩn cấp…</source>
        <translation>Emergency broadcast…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="43"/>
        <source>Có lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61"/>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../errors.py" line="62"/>
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
        <location filename="../application.py" line="51"/>
        <source>Cần chú ý</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../application.py" line="70"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../file_dialogs.py" line="24"/>
        <source>Tìm trong:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="25"/>
        <source>Tên tệp:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="26"/>
        <source>Loại tệp:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="27"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="30"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="31"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="32"/>
        <source>Chọn thư mục</source>
        <translation>Choose folder</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../formats.py" line="19"/>
        <source>vi</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/labels.py" line="53"/>
        <source>Chờ phát</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="54"/>
        <source>Đang bắt đầu</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="55"/>
        <source>Thêm sau giờ phát</source>
        <translation>Added after its time</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="28"/>
        <source>Đang phát</source>
        <translation>Playing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="29"/>
        <source>Đã phát xong</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="30"/>
        <source>Bị ngắt</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="31"/>
        <source>Bị lỡ</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="32"/>
        <source>Lỗi</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="33"/>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="36"/>
        <source>Theo lịch</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="37"/>
        <source>Phát tay</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="38"/>
        <location filename="../../app/labels.py" line="69"/>
        <source>Khẩn cấp</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="39"/>
        <location filename="../../app/labels.py" line="75"/>
        <source>Đọc trực tiếp</source>
        <translation>Live reading</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="45"/>
        <source>Theo lịch (sổ cũ)</source>
        <translation>Scheduled (old log)</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="46"/>
        <source>Nhập từ sổ cũ</source>
        <translation>Imported from the old log</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="47"/>
        <source>Khẩn cấp (sổ cũ)</source>
        <translation>Emergency (old log)</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="48"/>
        <source>Đọc trực tiếp (sổ cũ)</source>
        <translation>Live reading (old log)</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="56"/>
        <source>Đang tiếp sóng</source>
        <translation>Relaying</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="61"/>
        <source>Được tính</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="62"/>
        <source>Ngắt sớm</source>
        <translation>Cut short</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="63"/>
        <source>Không niêm phong</source>
        <translation>Not sealed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="67"/>
        <source>Thông thường</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="68"/>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="76"/>
        <source>Tiếp sóng</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="79"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="80"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="81"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="82"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="83"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="84"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="85"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="88"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="89"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="90"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="91"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="92"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="93"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="94"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="96"/>
        <source>Hằng ngày</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="72"/>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="73"/>
        <source>Bản ghi âm</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="74"/>
        <source>Nhạc hiệu</source>
        <translation>Jingle</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voice_meter.py" line="51"/>
        <source>Không có tiếng</source>
        <translation>No sound</translation>
    </message>
    <message>
        <location filename="../voice_meter.py" line="54"/>
        <source>Mức {rms:.0f} dB · đỉnh {peak:.0f} dB</source>
        <translation>Level {rms:.0f} dB · peak {peak:.0f} dB</translation>
    </message>
</context>
<context>
    <name>LiveReadingDialog</name>
    <message>
        <location filename="../live_reading_dialog.py" line="48"/>
        <source>Đọc trực tiếp</source>
        <translation>Live reading</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="52"/>
        <source>Bắt đầu đọc trực tiếp qua micrô. Phát tự động tạm chờ cho tới khi bấm “Kết thúc đọc trực tiếp”; thời gian đọc được ghi vào nhật ký.</source>
        <translation>Start a live reading on the microphone. Automatic playout waits until you click “End live reading”; the reading time is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="62"/>
        <source>(không theo bản tin nào)</source>
        <translation>(no bulletin)</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="69"/>
        <source>Ví dụ: Thông báo lịch tiêm chủng</source>
        <translation>E.g. Vaccination schedule announcement</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="79"/>
        <source>Đọc bản tin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="80"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="81"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="85"/>
        <source>Bắt đầu đọc</source>
        <translation>Start reading</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="88"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LogAlarm</name>
    <message>
        <location filename="../log_alarm.py" line="16"/>
        <source>⚠ Nhật ký đang ghi tạm vào tệp dự phòng ({n} bản ghi chờ) vì {reason}. Đài vẫn phát; nhật ký sẽ tự ghi lại khi cơ sở dữ liệu ghi được.</source>
        <translation>⚠ The log is being written to the backup journal for now ({n} records waiting) because {reason}. The station keeps playing; the log catches up by itself once the database can be written.</translation>
    </message>
    <message>
        <location filename="../log_alarm.py" line="22"/>
        <source>⛔ KHÔNG GHI ĐƯỢC NHẬT KÝ ({reason}): {n} bản ghi chỉ còn trong bộ nhớ. Đài vẫn phát. Hãy giải phóng hoặc kiểm tra ổ đĩa ngay và ghi tay các lượt phát.</source>
        <translation>⛔ THE LOG CANNOT BE WRITTEN ({reason}): {n} records are only in memory. The station keeps playing. Free or check the disk now and write the airings down by hand.</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <location filename="../log_import_dialog.py" line="27"/>
        <location filename="../log_import_dialog.py" line="38"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="28"/>
        <source>Lượt phát</source>
        <translation>Airings</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="30"/>
        <source>Ngắt sớm</source>
        <translation>Cut short</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="31"/>
        <source>Không phát</source>
        <translation>Off air</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="32"/>
        <source>Chủ đề mới</source>
        <translation>New topic</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="35"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="36"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="37"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="39"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../log_import_dialog.py" line="78"/>
        <source>Tệp {name} không có dòng mới: %n dòng đã có trong nhật ký.</source>
        <translation>
            <numerusform>{name} has no new rows: %n row is already in the log.</numerusform>
            <numerusform>{name} has no new rows: %n rows are already in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log_import_dialog.py" line="123"/>
        <source>Nhập %n dòng</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="29"/>
        <location filename="../log_import_dialog.py" line="40"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="50"/>
        <source>Nhập nhật ký từ tệp CSV hoặc Excel</source>
        <translation>Import the log from a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="63"/>
        <source>Không nhập được tệp {name}: mọi dòng đều phải hợp lệ, hãy sửa tệp rồi nhập lại. Chưa có gì được ghi vào nhật ký.</source>
        <translation>Cannot import {name}: every row must be valid; correct the file and import it again. Nothing has been written to the log.</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="74"/>
        <location filename="../log_import_dialog.py" line="81"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="84"/>
        <source>Từ tệp {name}: {summary}.</source>
        <translation>From {name}: {summary}.</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="88"/>
        <source>Theo chủ đề:</source>
        <translation>By topic:</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="99"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="106"/>
        <source>Các dòng sẽ được thêm ({shown}/{n}):</source>
        <translation>Rows to be added ({shown}/{n}):</translation>
    </message>
    <message>
        <location filename="../log_import_dialog.py" line="127"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../log_page.py" line="44"/>
        <source>CSV (*.csv);;Tất cả các tệp (*)</source>
        <translation>CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="45"/>
        <source>CSV hoặc Excel (*.csv *.xlsx);;Tất cả các tệp (*)</source>
        <translation>CSV or Excel (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="46"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="51"/>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="52"/>
        <source>Được tính (phát xong, hoặc bị ngắt khi đã phát đủ)</source>
        <translation>Counted (completed, or interrupted after enough went out)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="53"/>
        <source>Ngắt sớm (không tính)</source>
        <translation>Cut short (not counted)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="54"/>
        <source>Không phát (lỡ, lỗi, bỏ qua)</source>
        <translation>Not aired (missed, failed, skipped)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="56"/>
        <source>Không niêm phong (bị thêm ngoài phần mềm)</source>
        <translation>Not sealed (added outside the software)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="105"/>
        <source>Lượt số {id} có bản ghi âm đọc trực tiếp ({length}): {path}</source>
        <translation>Airing no. {id} has a live reading recording ({length}): {path}</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="108"/>
        <source>tệp khớp mã SHA-256 đã lưu.</source>
        <translation>the file matches its stored SHA-256.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="108"/>
        <source>TỆP ĐÃ BỊ THAY ĐỔI HOẶC MẤT.</source>
        <translation>THE FILE HAS BEEN CHANGED OR IS MISSING.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="130"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="131"/>
        <source>7 ngày</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="132"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="173"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="176"/>
        <source>Ghi mọi dòng của khoảng ngày đang chọn (mọi chủ đề, mọi trạng thái) ra tệp CSV mở được bằng Excel.</source>
        <translation>Write every row in the chosen date range (all topics, all statuses) to a CSV file that Excel can open.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="179"/>
        <source>Nhập CSV, Excel…</source>
        <translation>Import CSV, Excel…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="182"/>
        <source>Thêm nhật ký cũ (sổ tay, Excel) từ tệp CSV hoặc .xlsx; xem trước những gì sẽ được thêm rồi mới ghi.</source>
        <translation>Add old logs (paper, Excel) from a CSV or .xlsx file; see what will be added before anything is written.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="186"/>
        <source>Tải tệp mẫu…</source>
        <translation>Get the template…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="188"/>
        <source>Ghi một tệp mẫu (Excel hoặc CSV) có sẵn tên cột và một dòng ví dụ để điền nhật ký cũ rồi nhập.</source>
        <translation>Save a template (Excel or CSV) with the column names and one example row, to fill in old logs and import them.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="212"/>
        <source>Nhật ký phát sóng</source>
        <translation>Airtime log</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="216"/>
        <source>Mỗi lần phát thật được ghi một dòng lúc bắt đầu và hoàn tất lúc kết thúc. Nhật ký là bằng chứng: phần mềm không sửa, không xóa dòng nào.</source>
        <translation>Every real airing gets a row when it starts, completed when it ends. The log is evidence: the software never edits or deletes a row.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="225"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="227"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="251"/>
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="253"/>
        <location filename="../log_page.py" line="287"/>
        <source>(không có chủ đề)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="309"/>
        <source>&lt;b&gt;Ngày bắt đầu sau ngày kết thúc&lt;/b&gt;: hãy chọn lại khoảng ngày.</source>
        <translation>&lt;b&gt;The start date is after the end date&lt;/b&gt;: choose the date range again.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="319"/>
        <source>&lt;b&gt;{rows}&lt;/b&gt; dòng đang hiện · &lt;b&gt;{counted}&lt;/b&gt; lượt phát được tính · &lt;b&gt;{length}&lt;/b&gt; phát sóng · {cut_short} lượt ngắt sớm ({cut_length}, không tính) · {not_aired} lượt không phát (lỡ, lỗi, bỏ qua)</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; rows shown · &lt;b&gt;{counted}&lt;/b&gt; airings counted · &lt;b&gt;{length}&lt;/b&gt; on air · {cut_short} cut short ({cut_length}, not counted) · {not_aired} not aired (missed, failed, skipped)</translation>
    </message>
    <message numerus="yes">
        <location filename="../log_page.py" line="334"/>
        <source>%n dòng không niêm phong, bị thêm ngoài phần mềm (không tính)</source>
        <translation>
            <numerusform>%n row not sealed, added outside the software (not counted)</numerusform>
            <numerusform>%n rows not sealed, added outside the software (not counted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log_page.py" line="424"/>
        <source>Đã xuất %n dòng ({first} – {last}) vào {path}.</source>
        <translation>
            <numerusform>Exported %n row ({first} – {last}) to {path}.</numerusform>
            <numerusform>Exported %n rows ({first} – {last}) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log_page.py" line="512"/>
        <source>Đã nhập %n dòng từ {name}.</source>
        <translation>
            <numerusform>Imported %n row from {name}.</numerusform>
            <numerusform>Imported %n rows from {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log_page.py" line="331"/>
        <source> · {n} đang phát</source>
        <translation> · {n} playing</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="339"/>
        <source>Lượt bị ngắt chỉ được tính khi đã phát ít nhất {share} thời lượng dự kiến (lượt không có thời lượng dự kiến: ít nhất 60 giây); đổi tỷ lệ này trong Cài đặt.</source>
        <translation>An interrupted airing counts only once at least {share} of its planned length went out (with no planned length: at least 60 seconds); change this share in Settings.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="400"/>
        <source>Không kiểm tra được nhật ký: {error}</source>
        <translation>Cannot check the log: {error}</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="413"/>
        <source>Xuất nhật ký ra CSV</source>
        <translation>Export log to CSV</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="420"/>
        <source>Đang xuất nhật ký…</source>
        <translation>Exporting the log…</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="446"/>
        <source>Chọn tệp nhật ký CSV hoặc Excel</source>
        <translation>Choose a CSV or Excel log file</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="454"/>
        <source>Lưu tệp mẫu nhập nhật ký</source>
        <translation>Save the log import template</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="469"/>
        <source>Đã ghi tệp mẫu {path}: điền nhật ký cũ vào rồi bấm Nhập.</source>
        <translation>Template saved to {path}: fill in the old log, then press Import.</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="476"/>
        <source>Đang đọc tệp {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../log_table_model.py" line="38"/>
        <source>Ngắt sớm: phát chưa đủ thời lượng để được tính, không cộng vào tần suất, thời lượng.</source>
        <translation>Cut short: did not play long enough to count; adds to neither frequency nor duration.</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="41"/>
        <source>Dòng không được niêm phong vào chuỗi mã: bị thêm ngoài phần mềm, không được tính.</source>
        <translation>Row not sealed into the hash chain: added outside the software, never counted.</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="58"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="59"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="60"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="61"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="62"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="63"/>
        <source>Kiểu phát</source>
        <translation>Play type</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="64"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="65"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="66"/>
        <source>Giờ dự kiến</source>
        <translation>Scheduled time</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="67"/>
        <source>Người vận hành</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="127"/>
        <source>(dòng số {id} không còn đọc được)</source>
        <translation>(row {id} can no longer be read)</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="134"/>
        <source>(không phát)</source>
        <translation>(not aired)</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="165"/>
        <source>Lượt số {id}</source>
        <translation>Airing No. {id}</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="167"/>
        <source>Nhập từ tệp CSV</source>
        <translation>Imported from a CSV file</translation>
    </message>
    <message>
        <location filename="../log_table_model.py" line="170"/>
        <source>Thời lượng dự kiến {length}</source>
        <translation>Planned duration {length}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Truyền Thanh Phường — {name}</source>
        <translation>Truyền Thanh Phường — {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Bản tin</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Lịch phát</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>Phát sóng</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Không bắt đầu được phát sóng tự động: {error}</source>
        <translation>Cannot start automatic playout: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>Đã hoàn tất lần nhập nhật ký bị dừng giữa chừng.</source>
        <translation>The log import that was stopped half-way has been finished.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Giọng Google: đang kiểm tra…</source>
        <translation>Google voice: checking…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>ĐANG ĐỌC TRỰC TIẾP: {title}</source>
        <translation>LIVE READING: {title}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>ĐANG PHÁT: {title}</source>
        <translation>ON AIR: {title}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>Đã dừng phát tự động</source>
        <translation>Automatic playout stopped</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>Không phát</source>
        <translation>Off air</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Giọng Google: sẵn sàng</source>
        <translation>Google voice: ready</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>Giọng Google: không kết nối (dùng giọng offline)</source>
        <translation>Google voice: unreachable (offline voice in use)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>Đài còn lịch phát: mục tiếp theo “{title}” lúc {time}.</source>
        <translation>The station has more to air: next is “{title}” at {time}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>Tiếp tục phát nền: cửa sổ đóng lại nhưng đài vẫn phát theo lịch và ghi nhật ký như thường; biểu tượng loa đỏ ở khay hệ thống (góc màn hình) để mở lại cửa sổ hoặc dừng đài.</source>
        <translation>Keep playing in the background: the window closes but the station keeps playing the schedule and logging as usual; the red loudspeaker icon in the system tray (screen corner) reopens the window or stops the station.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="340"/>
        <source>Dừng đài: Mục tiếp theo {time} sẽ không phát.</source>
        <translation>Stop the station: The next item at {time} will not air.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>Đóng cửa sổ</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="346"/>
        <source>Tiếp tục phát nền</source>
        <translation>Keep playing in the background</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="347"/>
        <location filename="../main_window.py" line="381"/>
        <source>Dừng đài</source>
        <translation>Stop the station</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378"/>
        <source>Dừng đài và thoát? Mục tiếp theo {time} sẽ không phát.</source>
        <translation>Stop the station and quit? The next item at {time} will not air.</translation>
    </message>
    <message>
        <location filename="../application.py" line="59"/>
        <source> — CHỈ XEM (không phát, không ghi)</source>
        <translation> — READ-ONLY (no playout, no changes)</translation>
    </message>
    <message>
        <location filename="../application.py" line="62"/>
        <source> — đài đang phát nền</source>
        <translation> — station playing in the background</translation>
    </message>
</context>
<context>
    <name>OnAirPage</name>
    <message>
        <location filename="../on_air_page.py" line="70"/>
        <source>ĐANG PHÁT</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="71"/>
        <source>ĐANG BẮT ĐẦU PHÁT</source>
        <translation>STARTING</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="72"/>
        <source>ĐANG ĐỌC TRỰC TIẾP</source>
        <translation>LIVE READING</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="73"/>
        <source>ĐANG PHÁT KHẨN CẤP</source>
        <translation>EMERGENCY ON AIR</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="74"/>
        <source>ĐANG TIẾP SÓNG</source>
        <translation>RELAYING</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="75"/>
        <source>KHÔNG PHÁT</source>
        <translation>OFF AIR</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="76"/>
        <source>ĐÃ DỪNG PHÁT TỰ ĐỘNG</source>
        <translation>AUTOMATIC PLAYOUT STOPPED</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="77"/>
        <source>CHỈ XEM — MÁY NÀY KHÔNG PHÁT</source>
        <translation>VIEW ONLY — THIS COMPUTER DOES NOT PLAY</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="78"/>
        <source>ĐÀI ĐANG PHÁT NỀN</source>
        <translation>STATION PLAYING IN THE BACKGROUND</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="258"/>
        <source>▶ Phát ngay</source>
        <translation>▶ Play now</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="259"/>
        <source>Phát ngay mục đang chọn trong danh sách (hoặc mục tiếp theo).</source>
        <translation>Play the selected item in the list now (or the next one).</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="260"/>
        <source>» Bỏ qua</source>
        <translation>» Skip</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="261"/>
        <source>Dừng tiết mục đang phát và chuyển sang mục tiếp theo.</source>
        <translation>Stop the segment on air and move to the next item.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="262"/>
        <location filename="../on_air_page.py" line="592"/>
        <source>■ Dừng</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="263"/>
        <source>⚠ Khẩn cấp</source>
        <translation>⚠ Emergency</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="264"/>
        <source>Chọn một tiết mục và phát ngay, ngắt tiết mục đang phát.</source>
        <translation>Choose a segment and play it at once, cutting off the one on air.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="265"/>
        <location filename="../on_air_page.py" line="600"/>
        <source>● Đọc trực tiếp</source>
        <translation>● Live reading</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="303"/>
        <source>Danh sách phát hôm nay</source>
        <translation>Today&apos;s rundown</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="310"/>
        <source>Diễn biến</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="312"/>
        <source>↺ Đưa lại vào lịch</source>
        <translation>↺ Put back in the schedule</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="316"/>
        <source>Mục đang chọn đã bị ngắt hoặc bỏ qua bằng tay: cho nó chờ phát lại vào giờ của nó.</source>
        <translation>The selected item was cut or skipped by hand: let it wait to air again at its time.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="337"/>
        <source>Phát sóng</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="393"/>
        <source>Đài đang phát nền: {who}. Cửa sổ này xem và sửa lịch, không phát lần thứ hai; đóng cửa sổ không làm dừng đài.</source>
        <translation>The station plays in the background: {who}. This window shows and edits the schedule and never plays a second time; closing it does not stop the station.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="439"/>
        <source>Không có tiết mục nào đang phát</source>
        <translation>Nothing on air</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="443"/>
        <source>Đài tự phát lại lúc {time} (mục tiếp theo trong lịch); bấm “Tiếp tục phát tự động” để phát lại ngay.</source>
        <translation>The station goes on by itself at {time} (the next scheduled item); press “Resume automatic playout” to go on now.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="448"/>
        <source>Bấm “Tiếp tục phát tự động” để đài phát lại theo lịch.</source>
        <translation>Click “Resume automatic playout” to play the schedule again.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="452"/>
        <source>Phần mềm đang mở chỉ để xem; máy khác đang giữ việc phát sóng.</source>
        <translation>Opened read-only; another computer is doing the playout.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="454"/>
        <source>Đài sẽ tự phát khi đến giờ của tiết mục tiếp theo.</source>
        <translation>The station plays the next segment automatically when its time comes.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="473"/>
        <source>(chưa có chủ đề)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="475"/>
        <source>bắt đầu {time}</source>
        <translation>started {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="479"/>
        <source>Đã phát {time}</source>
        <translation>Elapsed {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="483"/>
        <source>Còn lại {time}</source>
        <translation>Remaining {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="487"/>
        <source>Bấm “Kết thúc đọc trực tiếp” khi đọc xong</source>
        <translation>Click “End live reading” when you have finished</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="492"/>
        <source>&lt;b&gt;TIẾP THEO:&lt;/b&gt; không còn tiết mục nào trong lịch hôm nay.</source>
        <translation>&lt;b&gt;NEXT:&lt;/b&gt; nothing more in today&apos;s schedule.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="501"/>
        <source>&lt;b&gt;TIẾP THEO:&lt;/b&gt; {when} — &lt;b&gt;{title}&lt;/b&gt; ({length}) · {source}</source>
        <translation>&lt;b&gt;NEXT:&lt;/b&gt; {when} — &lt;b&gt;{title}&lt;/b&gt; ({length}) · {source}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="734"/>
        <source>Phát khẩn cấp “{title}” ngay bây giờ?</source>
        <translation>Broadcast “{title}” as an emergency now?</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="798"/>
        <source>{when} Bắt đầu “{title}” ({trigger})</source>
        <translation>{when} Started “{title}” ({trigger})</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="800"/>
        <source>{when} {status}: “{title}”, {length}</source>
        <translation>{when} {status}: “{title}”, {length}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="804"/>
        <source>{when} {status}: “{title}”</source>
        <translation>{when} {status}: “{title}”</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="271"/>
        <location filename="../on_air_page.py" line="589"/>
        <source>▶ Tiếp tục phát tự động</source>
        <translation>▶ Resume automatic playout</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="272"/>
        <location filename="../on_air_page.py" line="597"/>
        <source>■ Kết thúc đọc trực tiếp</source>
        <translation>■ End live reading</translation>
    </message>
    <message numerus="yes">
        <location filename="../on_air_page.py" line="528"/>
        <source>Danh sách phát hôm nay: %n mục, đã phát xong {done}</source>
        <translation>
            <numerusform>Today&apos;s rundown: %n item, {done} completed</numerusform>
            <numerusform>Today&apos;s rundown: %n items, {done} completed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="619"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="654"/>
        <location filename="../on_air_page.py" line="656"/>
        <location filename="../on_air_page.py" line="675"/>
        <source>Phát ngay</source>
        <translation>Play now</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="669"/>
        <source>Phát ngay và giữ giờ {time}: mục vẫn phát lại lúc {time}.
Phát sớm thay cho giờ đã lên lịch: lúc {time} mục này sẽ không phát nữa.</source>
        <translation>Play now and keep {time}: the item still airs again at {time}.
Play early instead of the scheduled time: it will not air at {time}.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="677"/>
        <source>Phát ngay, giữ giờ {time}</source>
        <translation>Play now, keep {time}</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="678"/>
        <source>Phát sớm thay cho giờ đã lên lịch</source>
        <translation>Play early instead of the scheduled time</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="708"/>
        <source>Dừng phát sóng?

</source>
        <translation>Stop playout?

</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="698"/>
        <source>Dừng phát</source>
        <translation>Stop playout</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="737"/>
        <source>Phát khẩn cấp</source>
        <translation>Emergency broadcast</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="737"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="714"/>
        <source>Các mục đã đến giờ sẽ chờ, và bị ghi là bỏ qua nếu hết khung giờ trước khi tiếp tục: {titles}. </source>
        <translation>Items already due will wait, and are logged skipped if their window ends before you resume: {titles}. </translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="655"/>
        <source>Ngắt “{current}” để phát ngay “{title}”?</source>
        <translation>Cut off “{current}” to play “{title}” now?</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="665"/>
        <source>“{title}” được lên lịch phát lúc {time}.</source>
        <translation>“{title}” is scheduled at {time}.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="667"/>
        <location filename="../on_air_page.py" line="736"/>
        <source>“{current}” đang phát sẽ bị ngắt.</source>
        <translation>“{current}”, now on air, will be cut off.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="710"/>
        <source>“{title}” sẽ bị ngắt (ghi “Bị ngắt” trong nhật ký). </source>
        <translation>“{title}” will be cut off (logged as “Interrupted”). </translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="719"/>
        <source>Đài tự phát lại từ {time} theo lịch; bấm “Tiếp tục phát tự động” để phát lại sớm hơn.</source>
        <translation>The station goes on by itself from {time} as scheduled; press “Resume automatic playout” to go on sooner.</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="722"/>
        <source>Phát tự động tạm dừng cho tới khi bấm “Tiếp tục phát tự động”.</source>
        <translation>Automatic playout pauses until you press “Resume automatic playout”.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../reports_page.py" line="251"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="261"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="263"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PlayNowDialog</name>
    <message>
        <location filename="../play_now_dialog.py" line="27"/>
        <source>Phát ngay</source>
        <translation>Play now</translation>
    </message>
    <message>
        <location filename="../play_now_dialog.py" line="33"/>
        <source>Chưa chọn mục nào trong danh sách phát. Chọn mục cần phát ngay; một mục chưa đến giờ vẫn được giữ ở giờ đã lên lịch, trừ khi bạn chọn phát sớm thay cho giờ đó.</source>
        <translation>Nothing is selected in the rundown. Choose the item to play now; an item whose time has not come keeps its scheduled time unless you choose to play it early instead.</translation>
    </message>
    <message>
        <location filename="../play_now_dialog.py" line="44"/>
        <source>Phát mục này…</source>
        <translation>Play this item…</translation>
    </message>
    <message>
        <location filename="../play_now_dialog.py" line="46"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlayoutDriver</name>
    <message>
        <location filename="../playout_driver.py" line="131"/>
        <source>Lỗi không mong đợi khi phát sóng: {error}</source>
        <translation>Unexpected playout error: {error}</translation>
    </message>
</context>
<context>
    <name>PolicyGroup</name>
    <message>
        <location filename="../policy_group.py" line="26"/>
        <source>Mặc định: chỉ giờ nghỉ 21:30–05:30</source>
        <translation>Default: quiet hours 21:30–05:30 only</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="27"/>
        <source>Phường nội thành Hà Nội: 2 buổi/ngày, mỗi buổi 15 phút, Thứ Hai–Thứ Sáu</source>
        <translation>Hà Nội urban ward: 2 sessions a day, 15 minutes each, Monday–Friday</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="30"/>
        <source>Tối đa 3 buổi/ngày, mỗi buổi 45 phút</source>
        <translation>At most 3 sessions a day, 45 minutes each</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="33"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="34"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="35"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="36"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="37"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="38"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="39"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="49"/>
        <source>Quy định giờ phát</source>
        <translation>Broadcast-hour rules</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="54"/>
        <source>(chọn mẫu có sẵn…)</source>
        <translation>(choose a preset…)</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="58"/>
        <source>Mẫu quy định</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="60"/>
        <source>Không phát từ</source>
        <translation>No broadcasting from</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="73"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="76"/>
        <source>Giờ nghỉ</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="87"/>
        <source>Ngày được phát</source>
        <translation>Broadcast days</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="89"/>
        <location filename="../policy_group.py" line="91"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="90"/>
        <source> buổi</source>
        <translation> sessions</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="92"/>
        <source>Mỗi buổi phát tối đa</source>
        <translation>Longest session</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="93"/>
        <source>Số buổi phát mỗi ngày tối đa</source>
        <translation>Most sessions a day</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="94"/>
        <source>Tổng thời lượng mỗi ngày tối đa</source>
        <translation>Most minutes a day</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="98"/>
        <source>Lịch phát trái quy định bị từ chối, trừ khi người lập lịch ghi lý do (lý do được lưu lại). Mục thông thường và ưu tiên rơi vào giờ nghỉ không được phát và được ghi “bỏ qua” trong nhật ký. Mục khẩn cấp luôn được phát. Báo cáo ghi kỳ báo cáo có tuân thủ quy định không.</source>
        <translation>A schedule that breaks a rule is refused unless whoever schedules it gives a reason (the reason is kept). Ordinary and priority items due in quiet hours are not played and are logged &quot;skipped&quot;. Emergency items always play. Reports say whether the period kept the rules.</translation>
    </message>
    <message>
        <location filename="../policy_group.py" line="110"/>
        <source>Không giới hạn</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>PolicyOverrideDialog</name>
    <message>
        <location filename="../policy_override.py" line="32"/>
        <source>Trái quy định giờ phát</source>
        <translation>Against the broadcast-hour rules</translation>
    </message>
    <message>
        <location filename="../policy_override.py" line="39"/>
        <source>Lịch này không được lưu. Nếu vẫn cần phát (ví dụ theo chỉ đạo của lãnh đạo), hãy ghi lý do: lý do được lưu lại cùng lịch phát.</source>
        <translation>This schedule was not saved. If it must go out anyway (for instance on the leadership&apos;s instruction), give the reason: it is kept with the schedule.</translation>
    </message>
    <message>
        <location filename="../policy_override.py" line="47"/>
        <source>Lý do lập lịch trái quy định</source>
        <translation>Reason for scheduling against the rules</translation>
    </message>
    <message>
        <location filename="../policy_override.py" line="50"/>
        <source>Vẫn lập lịch (ghi lý do)</source>
        <translation>Schedule anyway (reason recorded)</translation>
    </message>
    <message>
        <location filename="../policy_override.py" line="53"/>
        <source>Không lập lịch</source>
        <translation>Do not schedule</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../post_dialog.py" line="34"/>
        <source>Ghi nhận đăng tải</source>
        <translation>Record an online post</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="49"/>
        <source>https://… (đường dẫn bài đăng, nếu có)</source>
        <translation>https://… (link to the post, if any)</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="61"/>
        <source>Bản tin:</source>
        <translation>Bulletin:</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="62"/>
        <source>Kênh:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="63"/>
        <source>Đăng lúc:</source>
        <translation>Posted at:</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="64"/>
        <source>Đường dẫn:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="65"/>
        <source>Người đăng:</source>
        <translation>Posted by:</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="67"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="68"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../post_dialog.py" line="80"/>
        <source>Số lần đã ghi nhận đăng bản tin này: %1</source>
        <translation>Posts recorded for this bulletin: %1</translation>
    </message>
</context>
<context>
    <name>PrompterDialog</name>
    <message>
        <location filename="../live_reading_dialog.py" line="153"/>
        <source>Đọc trực tiếp: {title}</source>
        <translation>Live reading: {title}</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="165"/>
        <source>(Không có văn bản: đọc tự do theo tiêu đề.)</source>
        <translation>(No text: read freely on the title.)</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="177"/>
        <source>■ Kết thúc đọc trực tiếp</source>
        <translation>■ End live reading</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="208"/>
        <source>Không thấy micrô đã chọn trong “Ghi âm giọng đọc”: ghi từ micrô mặc định “{name}”.</source>
        <translation>The microphone chosen in “Record your voice” is not present: recording from the default microphone “{name}”.</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="221"/>
        <source>Không tạo được thư mục bản ghi: {reason}.</source>
        <translation>Could not create the recordings folder: {reason}.</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="236"/>
        <source>● Đang ghi âm từ “{name}”: bản ghi được lưu cùng nhật ký làm bằng chứng.</source>
        <translation>● Recording from “{name}”: the recording is kept with the log as proof.</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="242"/>
        <source>Đang mở micrô “{name}”…</source>
        <translation>Opening the microphone “{name}”…</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="248"/>
        <source>Buổi đọc vẫn được ghi vào nhật ký nhưng không có bản ghi âm.</source>
        <translation>The reading is still logged, but without a recording.</translation>
    </message>
    <message>
        <location filename="../live_reading_dialog.py" line="254"/>
        <source>Buổi đọc vẫn được ghi vào nhật ký; bản ghi âm chỉ có phần đọc trước lúc đó.</source>
        <translation>The reading is still logged; the recording holds only what was read before then.</translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <location filename="../pronunciation_dialog.py" line="38"/>
        <source>Từ điển phát âm</source>
        <translation>Pronunciation dictionary</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="48"/>
        <source>Sau khi lưu, các tiết mục đã đọc trước đó được đánh dấu “có từ điển mới hơn” để đọc lại.</source>
        <translation>After saving, segments read before are marked “newer dictionary” so that you can read them again.</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="56"/>
        <source>Tìm chữ viết tắt hoặc cách đọc…</source>
        <translation>Search abbreviations or readings…</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="62"/>
        <source>Viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="62"/>
        <source>Đọc là</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="71"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="74"/>
        <source>Xóa dòng đang chọn</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="77"/>
        <location filename="../pronunciation_dialog.py" line="173"/>
        <source>Khôi phục mặc định</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="98"/>
        <source>Lưu từ điển</source>
        <translation>Save dictionary</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="102"/>
        <source>Đóng, không lưu</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="118"/>
        <source>Chữ viết tắt và cách máy đọc chúng. Chữ viết tắt viết hoa toàn bộ chỉ khớp đúng chữ hoa; mục có chữ thường (như “V/v”, “Zalo”) khớp không phân biệt hoa thường. Mục đã xóa khỏi bảng thì máy không đọc theo mục đó nữa: chữ viết hoa được đánh vần từng chữ cái.</source>
        <translation>Abbreviations and how the voice reads them. An abbreviation in capitals only matches those capitals; an entry with small letters (such as “V/v”, “Zalo”) matches in any case. An entry deleted from the table is no longer read that way: capitals are spelled letter by letter.</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="127"/>
        <source>Thử đọc một câu:</source>
        <translation>Try a sentence:</translation>
    </message>
    <message>
        <location filename="../pronunciation_dialog.py" line="174"/>
        <source>Thay toàn bộ bảng bằng từ điển mặc định của phần mềm? Các mục đã thêm hoặc sửa sẽ mất khi lưu.</source>
        <translation>Replace the whole table with the software&apos;s default dictionary? Entries you added or changed are lost when you save.</translation>
    </message>
</context>
<context>
    <name>RecordingDialog</name>
    <message>
        <location filename="../recording_dialog.py" line="28"/>
        <source>Không thuộc chủ đề nào</source>
        <translation>No topic</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="44"/>
        <source>Nhập bản ghi âm</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="60"/>
        <source>Chọn chủ đề (hoặc gõ tên chủ đề mới)…</source>
        <translation>Choose a topic (or type a new topic&apos;s name)…</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="65"/>
        <source>Gắn với bản tin “{title}”</source>
        <translation>Linked to the bulletin “{title}”</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="73"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="74"/>
        <source>Tên tiết mục</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="75"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="77"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="78"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="104"/>
        <source>Hãy chọn chủ đề của bản ghi âm này (hoặc “Không thuộc chủ đề nào”).</source>
        <translation>Choose this recording&apos;s topic (or “No topic”).</translation>
    </message>
    <message>
        <location filename="../recording_dialog.py" line="106"/>
        <source>Bản ghi gắn với bản tin sẽ được tính vào chủ đề của bản tin: hãy chọn chủ đề, hoặc bỏ gắn.</source>
        <translation>A recording attached to a bulletin counts under the bulletin&apos;s topic: choose a topic, or do not attach it.</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../relay_dialog.py" line="60"/>
        <location filename="../relay_dialog.py" line="139"/>
        <source>Thêm tiếp sóng</source>
        <translation>Add relay</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="64"/>
        <source>Tiếp sóng đài cấp trên (luồng Internet hoặc máy thu FM cắm vào đường vào âm thanh). Khi mất tín hiệu, đài phát tiết mục dự phòng và tự kết nối lại.</source>
        <translation>Relay a higher-level station (an internet stream, or an FM receiver plugged into the audio input). When the signal is lost, the station plays the fallback item and reconnects by itself.</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="80"/>
        <source>Ví dụ: Thời sự Đài Phát thanh tỉnh</source>
        <translation>e.g. Provincial radio news</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="81"/>
        <source>Luồng Internet</source>
        <translation>Internet stream</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="83"/>
        <source>Đường vào âm thanh của máy</source>
        <translation>This computer&apos;s audio input</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="100"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="103"/>
        <source>(không theo chủ đề nào)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="108"/>
        <source>Nhạc chờ của đài</source>
        <translation>Station interval music</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="114"/>
        <source>Nghe thử nguồn</source>
        <translation>Test the source</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="130"/>
        <source>Tên chương trình</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="131"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="132"/>
        <source>Địa chỉ luồng</source>
        <translation>Stream address</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="133"/>
        <source>Thiết bị thu</source>
        <translation>Input device</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="134"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="135"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="136"/>
        <source>Khi mất tín hiệu phát</source>
        <translation>When the signal is lost, play</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="170"/>
        <source>Đang nghe thử nguồn…</source>
        <translation>Testing the source…</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="182"/>
        <source>Nguồn phát tốt: có âm thanh sau {seconds} giây.</source>
        <translation>The source works: sound after {seconds} s.</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="188"/>
        <source>Kết nối được nhưng nguồn đang im lặng.</source>
        <translation>Connected, but the source is silent.</translation>
    </message>
    <message>
        <location filename="../relay_dialog.py" line="192"/>
        <source>Không nghe được nguồn.</source>
        <translation>The source cannot be heard.</translation>
    </message>
</context>
<context>
    <name>RelayStatusLabel</name>
    <message>
        <location filename="../relay_status.py" line="34"/>
        <source>Mất tín hiệu — đang phát dự phòng, đang kết nối lại</source>
        <translation>Signal lost — playing the fallback, reconnecting</translation>
    </message>
    <message>
        <location filename="../relay_status.py" line="36"/>
        <source>Đã tiếp sóng {relayed} · dự phòng {fallback}</source>
        <translation>Relayed {relayed} · fallback {fallback}</translation>
    </message>
    <message>
        <location filename="../relay_status.py" line="40"/>
        <source>kết nối lại {count} lần</source>
        <translation>reconnected {count} times</translation>
    </message>
    <message>
        <location filename="../relay_status.py" line="41"/>
        <source>Nguồn: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../report/charts.py" line="155"/>
        <source>Kỳ so sánh ({period})</source>
        <translation>Comparison period ({period})</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="159"/>
        <source>Kỳ báo cáo ({period})</source>
        <translation>Report period ({period})</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="192"/>
        <source>Thời lượng phát sóng theo tuần (phút)</source>
        <translation>Airtime per week (minutes)</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="208"/>
        <source>Tuần bắt đầu ngày (nhạt: kỳ so sánh, đậm: kỳ báo cáo)</source>
        <translation>Week starting (light: comparison period, dark: report period)</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="210"/>
        <source>Tuần bắt đầu ngày</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="217"/>
        <source>phút</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="232"/>
        <source>Thời lượng bình quân mỗi ngày theo chủ đề (phút/ngày)</source>
        <translation>Average daily airtime by topic (minutes/day)</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="241"/>
        <source>Kỳ so sánh</source>
        <translation>Comparison period</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="245"/>
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../report/charts.py" line="257"/>
        <source>phút/ngày</source>
        <translation>minutes/day</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../reports_page.py" line="107"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="150"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="151"/>
        <source>Tần suất (lượt)</source>
        <translation>Frequency (airings)</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="152"/>
        <source>Lượt kỳ so sánh</source>
        <translation>Airings, comparison</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="153"/>
        <source>Thay đổi số lượt</source>
        <translation>Change in airings</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="156"/>
        <source>Thay đổi số phút</source>
        <translation>Change in minutes</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="154"/>
        <source>Thời lượng (phút)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="155"/>
        <source>Phút kỳ so sánh</source>
        <translation>Minutes, comparison</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="157"/>
        <source>Lượt/ngày</source>
        <translation>Airings/day</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="158"/>
        <source>Phút/ngày</source>
        <translation>Minutes/day</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="181"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../reports_page.py" line="400"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="401"/>
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="402"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="403"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="404"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="405"/>
        <source>Quý trước</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="406"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="413"/>
        <source>Không so sánh</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="414"/>
        <source>Kỳ liền trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="415"/>
        <source>Cùng kỳ năm trước</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="421"/>
        <source>3 tháng trước văn bản chỉ đạo số {number}</source>
        <translation>3 months before directive No. {number}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="435"/>
        <source>Lập báo cáo</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="444"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="461"/>
        <source>Chọn kỳ báo cáo</source>
        <translation>Choose the report period</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="463"/>
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="465"/>
        <source>So sánh với</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="467"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="478"/>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="479"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="480"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="481"/>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="482"/>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="483"/>
        <source>Xuất JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="510"/>
        <source>Chọn kỳ báo cáo rồi bấm “Lập báo cáo”.</source>
        <translation>Choose the report period, then click “Make report”.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="545"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="771"/>
        <source>Từ {start} đến {end} ({days} ngày): &lt;b&gt;{airings}&lt;/b&gt; lượt, &lt;b&gt;{minutes}&lt;/b&gt; phút; {averages}.</source>
        <translation>From {start} to {end} ({days} days): &lt;b&gt;{airings}&lt;/b&gt; airings, &lt;b&gt;{minutes}&lt;/b&gt; minutes; {averages}.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="367"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="371"/>
        <source>Báo cáo tần suất (số lượt) và thời lượng (số phút) phát sóng theo chủ đề, so với một kỳ trước, để in trình lãnh đạo ký. Chỉ tính các lượt đã phát (kể cả bị ngắt); lượt bị lỡ, lỗi, bỏ qua được liệt kê riêng.</source>
        <translation>Broadcast frequency (airings) and duration (minutes) by topic, compared with an earlier period, printed for the leaders to sign. Only aired items count (interrupted ones included); missed, failed and skipped ones are listed separately.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="574"/>
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="680"/>
        <source>Đã dừng lập báo cáo.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="696"/>
        <source>Không lập được báo cáo.</source>
        <translation>Cannot make the report.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="701"/>
        <source>Không lập được báo cáo: {error}</source>
        <translation>Cannot make the report: {error}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="741"/>
        <source>⚠ {warning}. Báo cáo in ra sẽ mang cảnh báo này.
{detail}</source>
        <translation>⚠ {warning}. The printed report will carry this warning.
{detail}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="742"/>
        <source>Nhật ký đã bị sửa ngoài phần mềm</source>
        <translation>The log was altered outside the software</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="783"/>
        <source>So với {start} - {end}: {airings} lượt, {minutes} phút. Tần suất {airings_change}, thời lượng {minutes_change}.</source>
        <translation>Compared with {start} - {end}: {airings} airings, {minutes} minutes. Frequency {airings_change}, duration {minutes_change}.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="794"/>
        <source>Không phát được: bị lỡ {missed}, lỗi {failed}, bỏ qua {skipped}.</source>
        <translation>Not aired: missed {missed}, failed {failed}, skipped {skipped}.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="796"/>
        <source>Ngắt sớm (phát chưa đủ {share} thời lượng dự kiến, không tính): {cut_short} lượt, {seconds} giây.</source>
        <translation>Cut short (less than {share} of the planned length, not counted): {cut_short} airings, {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="804"/>
        <source>đã tuân thủ</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="804"/>
        <source>chưa tuân thủ</source>
        <translation>not kept</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="806"/>
        <source>Quy định giờ phát: {verdict}; nhiều nhất {sessions} buổi phát một ngày, buổi dài nhất {longest} phút, {quiet} lượt trong giờ nghỉ.</source>
        <translation>Broadcast-hour rules: {verdict}; at most {sessions} sessions a day, longest session {longest} minutes, {quiet} airings in quiet hours.</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="819"/>
        <source>kỳ chưa bắt đầu, chưa có số bình quân</source>
        <translation>the period has not begun: no averages yet</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="820"/>
        <source>bình quân {per_day} lượt, {minutes_per_day} phút mỗi ngày</source>
        <translation>on average {per_day} airings, {minutes_per_day} minutes a day</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="825"/>
        <source>(tính trên {days} ngày đã qua của kỳ)</source>
        <translation>(averaged over the days so far: {days})</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="854"/>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="871"/>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="885"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="921"/>
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="932"/>
        <source>Không lưu được báo cáo: {error}</source>
        <translation>Cannot save the report: {error}</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <location filename="../rundown_model.py" line="43"/>
        <source>Giờ phát</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="44"/>
        <source>Tiết mục</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="45"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="46"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="47"/>
        <source>Khung giờ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="48"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="85"/>
        <source>Phát riêng</source>
        <translation>One-off</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="87"/>
        <source>Khung giờ chưa đặt tên</source>
        <translation>Unnamed window</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="130"/>
        <source>Mục phát tiếp theo</source>
        <translation>Airs next</translation>
    </message>
    <message>
        <location filename="../rundown_model.py" line="133"/>
        <source>Bắt đầu thật lúc {time}</source>
        <translation>Actually started at {time}</translation>
    </message>
</context>
<context>
    <name>ScheduleModels</name>
    <message>
        <location filename="../schedule_models.py" line="52"/>
        <source>(tiết mục đã bị xóa)</source>
        <translation>(segment deleted)</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="58"/>
        <source>Chỉ ngày {day}</source>
        <translation>Only on {day}</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="85"/>
        <source> — mọi ngày trong {n} ngày tới.</source>
        <translation> — every day in the next {n} days.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="87"/>
        <source> — các ngày {days}.</source>
        <translation> — on {days}.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="139"/>
        <source>Khung giờ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="140"/>
        <location filename="../schedule_models.py" line="215"/>
        <source>Giờ phát</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="141"/>
        <source>Ngày phát</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="142"/>
        <source>Số mục</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="171"/>
        <source>{name} (tạm ngưng)</source>
        <translation>{name} (paused)</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="185"/>
        <source>Đợt từ {first} đến {last}</source>
        <translation>Campaign from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="216"/>
        <location filename="../schedule_models.py" line="447"/>
        <source>Tiết mục</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="217"/>
        <location filename="../schedule_models.py" line="448"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="218"/>
        <location filename="../schedule_models.py" line="449"/>
        <source>Mức ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="291"/>
        <source>Tiết mục của mục này đã bị xóa khỏi thư viện.</source>
        <translation>This item&apos;s segment was deleted from the library.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="293"/>
        <source>Tiết mục chưa có âm thanh (hoặc mất tệp âm thanh).</source>
        <translation>The segment has no audio (or its audio file is missing).</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="299"/>
        <source>Phát quá giờ kết thúc khung giờ ({end}) {over}.</source>
        <translation>Runs {over} past the end of the window ({end}).</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="328"/>
        <source>Kéo thả để đổi thứ tự phát.</source>
        <translation>Drag and drop to change the playing order.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="446"/>
        <source>Thời điểm phát</source>
        <translation>Play at</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="490"/>
        <source>Tiết mục không còn tồn tại hoặc chưa có âm thanh.</source>
        <translation>The segment no longer exists or has no audio.</translation>
    </message>
    <message>
        <location filename="../schedule_models.py" line="495"/>
        <source>  (đã qua)</source>
        <translation>  (past)</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../schedule_page.py" line="105"/>
        <source>Khung giờ phát</source>
        <translation>Broadcast windows</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="106"/>
        <source>Mục phát riêng</source>
        <translation>One-off items</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="107"/>
        <source>Lịch cả tuần</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="114"/>
        <source>Lịch phát</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="118"/>
        <source>Khung giờ phát hằng ngày, thứ tự các tiết mục trong từng khung giờ và các mục phát riêng vào một giờ nhất định.</source>
        <translation>Daily broadcast windows, the order of segments in each window, and one-off items at a set time.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="124"/>
        <source>Thêm tiếp sóng</source>
        <translation>Add relay</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="130"/>
        <source>Đang mở chỉ để xem: không sửa được lịch phát.</source>
        <translation>Opened read-only: the schedule cannot be changed.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="177"/>
        <source>Thêm khung giờ</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="178"/>
        <location filename="../schedule_page.py" line="507"/>
        <location filename="../schedule_page.py" line="514"/>
        <source>Xóa khung giờ</source>
        <translation>Delete window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="195"/>
        <location filename="../schedule_page.py" line="447"/>
        <source>Lưu khung giờ</source>
        <translation>Save window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="197"/>
        <source>Khung giờ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="223"/>
        <source>Thêm tiết mục…</source>
        <translation>Add segment…</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="224"/>
        <source>▲ Lên</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="225"/>
        <source>▼ Xuống</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="229"/>
        <source>Mức ưu tiên của tiết mục đã chọn. Ưu tiên: phát trước các tiết mục còn lại của khung giờ. Khẩn cấp: ngắt ngay tiết mục đang phát.</source>
        <translation>Priority of the selected segment. Priority: plays before the window&apos;s other segments. Emergency: cuts off the segment on air at once.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="233"/>
        <source>Bỏ khỏi khung giờ</source>
        <translation>Remove from window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="241"/>
        <source>Tiết mục trong khung giờ (kéo thả để đổi thứ tự)</source>
        <translation>Segments in the window (drag and drop to reorder)</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="262"/>
        <source>Hiện cả các mục đã qua</source>
        <translation>Show past items too</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="265"/>
        <source>Xóa mục đã chọn</source>
        <translation>Delete selected item</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="269"/>
        <location filename="../schedule_page.py" line="661"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="272"/>
        <source>Chọn tiết mục…</source>
        <translation>Choose segment…</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="280"/>
        <source>Thêm mục phát riêng</source>
        <translation>Add one-off item</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="284"/>
        <source>Thêm mục phát riêng vào một thời điểm</source>
        <translation>Add a one-off item at a set time</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="286"/>
        <source>Tiết mục:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="290"/>
        <source>Lúc:</source>
        <translation>At:</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="342"/>
        <source>Cảnh báo trong {days} ngày tới ({n})</source>
        <translation>Warnings for the next {days} days ({n})</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="346"/>
        <source>Cảnh báo trong {days} ngày tới</source>
        <translation>Warnings for the next {days} days</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="347"/>
        <source>✓ Không có cảnh báo: lịch phát hợp lệ.</source>
        <translation>✓ No warnings: the schedule is valid.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="434"/>
        <location filename="../schedule_page.py" line="493"/>
        <source>Khung giờ: {name}</source>
        <translation>Window: {name}</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="434"/>
        <source>Khung giờ mới</source>
        <translation>New window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="448"/>
        <source>Khung giờ đang sửa chưa được lưu. Lưu lại không?</source>
        <translation>The window you are editing is not saved. Save it?</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="449"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="449"/>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="449"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="496"/>
        <source>Đã lưu khung giờ “{name}”.</source>
        <translation>Window “{name}” saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule_page.py" line="509"/>
        <source>Xóa khung giờ “{name}” và %n mục trong đó khỏi lịch phát?
Tiết mục trong thư viện và nhật ký phát sóng vẫn được giữ nguyên.</source>
        <translation>
            <numerusform>Delete the window “{name}” and its %n item from the schedule?
Segments in the library and the airtime log are kept.</numerusform>
            <numerusform>Delete the window “{name}” and its %n items from the schedule?
Segments in the library and the airtime log are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule_page.py" line="741"/>
        <source>%n tiết mục, tổng {total} / khung giờ {length}</source>
        <translation>
            <numerusform>%n segment, total {total} / window {length}</numerusform>
            <numerusform>%n segments, total {total} / window {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="514"/>
        <location filename="../schedule_page.py" line="700"/>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="576"/>
        <source>Thêm tiết mục vào khung giờ</source>
        <translation>Add segment to window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="576"/>
        <source>Thêm vào khung giờ</source>
        <translation>Add to window</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="654"/>
        <source>Chọn tiết mục phát riêng</source>
        <translation>Choose a one-off segment</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="654"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="666"/>
        <source>Hãy chọn tiết mục cần phát.</source>
        <translation>Choose the segment to play.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="692"/>
        <source>(tiết mục đã bị xóa)</source>
        <translation>(segment deleted)</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="695"/>
        <source>Xóa mục phát riêng</source>
        <translation>Delete one-off item</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="697"/>
        <source>Xóa mục phát riêng “{title}” lúc {when} khỏi lịch phát? Đài sẽ không phát mục này.
Tiết mục trong thư viện và nhật ký phát sóng vẫn được giữ nguyên.</source>
        <translation>Delete the one-off item “{title}” at {when} from the schedule? The station will not play it.
The segment in the library and the airtime log are kept as they are.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="700"/>
        <source>Xóa mục này</source>
        <translation>Delete this item</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="737"/>
        <source>Lưu khung giờ trước, rồi thêm tiết mục.</source>
        <translation>Save the window first, then add segments.</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="745"/>
        <source>VƯỢT QUÁ {over}</source>
        <translation>OVER BY {over}</translation>
    </message>
</context>
<context>
    <name>SegmentDelete</name>
    <message>
        <location filename="../unattached_recordings.py" line="71"/>
        <source>Xóa tiết mục “{title}”?</source>
        <translation>Delete the segment “{title}”?</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="74"/>
        <source>Tiết mục đang có trong lịch phát ({n} chỗ): lịch sẽ báo thiếu tiết mục.</source>
        <translation>The segment is in the schedule ({n} places): the schedule will report it missing.</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="79"/>
        <source>Xóa tiết mục</source>
        <translation>Delete segment</translation>
    </message>
</context>
<context>
    <name>SegmentPicker</name>
    <message>
        <location filename="../segment_picker.py" line="38"/>
        <source>Tiết mục</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="39"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="40"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="41"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="83"/>
        <source>chưa có âm thanh</source>
        <translation>no audio yet</translation>
    </message>
</context>
<context>
    <name>SegmentPickerDialog</name>
    <message>
        <location filename="../segment_picker.py" line="113"/>
        <source>Chọn tiết mục</source>
        <translation>Choose segment</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="116"/>
        <source>Chọn một tiết mục âm thanh trong thư viện:</source>
        <translation>Choose an audio segment from the library:</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="121"/>
        <source>Tìm theo tên hoặc chủ đề (gõ có dấu hoặc không dấu)…</source>
        <translation>Search by name or topic (with or without diacritics)…</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="133"/>
        <source>Thư viện chưa có tiết mục âm thanh nào. Hãy vào trang Bản tin để chuyển bản tin thành giọng nói hoặc nhập bản ghi âm.</source>
        <translation>The library has no audio segments yet. Go to the Bulletins page to convert a bulletin to speech or import a recording.</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="141"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../segment_picker.py" line="144"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../bulletin_table_model.py" line="111"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="112"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="113"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="114"/>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="115"/>
        <source>Tạo lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="117"/>
        <source>có từ điển mới hơn</source>
        <translation>newer dictionary available</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="122"/>
        <source>miền Bắc</source>
        <translation>northern</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="123"/>
        <source>miền Trung</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="124"/>
        <source>miền Nam</source>
        <translation>southern</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="174"/>
        <source>Tiết mục này được đọc trước lần sửa từ điển phát âm gần nhất. Bấm “Đọc lại với từ điển mới” để tạo lại tiết mục.</source>
        <translation>This segment was read before the latest change to the pronunciation dictionary. Press “Read again with the new dictionary” to make it again.</translation>
    </message>
    <message>
        <location filename="../bulletin_table_model.py" line="180"/>
        <source>Độ to {level} (số càng gần 0 càng to)</source>
        <translation>Loudness {level} (the closer to 0, the louder)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="50"/>
        <source>Tên đài</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="51"/>
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="52"/>
        <source>Thị xã / quận / huyện</source>
        <translation>Town / district</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="53"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="54"/>
        <source>Cơ quan chủ quản của đài (in trên tên đài)</source>
        <translation>The station&apos;s parent body (printed above its name)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="55"/>
        <source>Chức danh người đứng đầu</source>
        <translation>Head&apos;s title</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="56"/>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="57"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="58"/>
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="59"/>
        <source>Cán bộ vận hành đài</source>
        <translation>Station operator</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="62"/>
        <source>Ủy ban nhân dân phường</source>
        <translation>Ward People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="63"/>
        <source>Đài truyền thanh (dưới cơ quan chủ quản)</source>
        <translation>Radio station (under its parent body)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="66"/>
        <source>Người đứng đầu ký trực tiếp</source>
        <translation>Signed directly by the head</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="67"/>
        <source>TM. - thay mặt Ủy ban (tập thể)</source>
        <translation>TM. - on behalf of the Committee (collective)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="68"/>
        <source>KT. - cấp phó ký thay người đứng đầu</source>
        <translation>KT. - a deputy signs for the head</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="69"/>
        <source>TM. KT. - thay mặt Ủy ban, cấp phó ký thay Chủ tịch</source>
        <translation>TM. KT. - on behalf of the Committee, a deputy signing for the Chairman</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="70"/>
        <source>Q. - quyền người đứng đầu</source>
        <translation>Q. - acting head</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="71"/>
        <source>TL. - thừa lệnh người đứng đầu</source>
        <translation>TL. - by order of the head</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="72"/>
        <source>TUQ. - thừa ủy quyền người đứng đầu</source>
        <translation>TUQ. - by authorisation of the head</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="75"/>
        <source>Tự động (Google khi có mạng, offline khi mất mạng)</source>
        <translation>Automatic (Google when online, offline voice otherwise)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="76"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="77"/>
        <source>Offline (có sẵn trong máy)</source>
        <translation>Offline (built in)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="80"/>
        <source>Miền Bắc</source>
        <translation>Northern</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="81"/>
        <source>Miền Trung</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="82"/>
        <source>Miền Nam</source>
        <translation>Southern</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="85"/>
        <source>Miền Bắc (nghìn, linh)</source>
        <translation>Northern (nghìn, linh)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="86"/>
        <source>Miền Nam (ngàn, lẻ)</source>
        <translation>Southern (ngàn, lẻ)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="121"/>
        <source>Thông tin đài và người ký báo cáo</source>
        <translation>Station and report signer</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="132"/>
        <source>Cơ quan ban hành báo cáo, phiếu duyệt</source>
        <translation>Body issuing reports and approval forms</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="134"/>
        <source>Hình thức ký (Nghị định 30)</source>
        <translation>Signing form (Decree 30)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="143"/>
        <source>Duyệt tin bài</source>
        <translation>Approve bulletin</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="145"/>
        <source>Tin bài phải được duyệt trước khi phát</source>
        <translation>Bulletins must be approved before they air</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="151"/>
        <source>Khi bật: tiết mục đọc từ bản tin chưa được duyệt (hoặc đọc nội dung khác với nội dung đã duyệt) không xếp lịch và không phát được; phát khẩn cấp vẫn phát và nhật ký ghi rõ.</source>
        <translation>When on: audio read from a bulletin that is not approved (or reading a text other than the approved one) cannot be scheduled or played; an emergency still airs and the log says so.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="179"/>
        <source>In trên giấy: {body}; ký: {lines}</source>
        <translation>On paper: {body}; signed: {lines}</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="182"/>
        <source>Giọng đọc mặc định</source>
        <translation>Default voice</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="197"/>
        <source>Độ to của mọi tiết mục sau khi chuẩn hóa: số càng gần 0 càng to.</source>
        <translation>The loudness of every segment once evened out: the closer to 0, the louder.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="198"/>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="199"/>
        <source>Vùng miền giọng offline</source>
        <translation>Offline voice accent</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="200"/>
        <source>Cách đọc số</source>
        <translation>Number reading</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="201"/>
        <source>Tốc độ đọc</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="202"/>
        <source>Số lần đọc bản tin</source>
        <translation>Times each bulletin is read</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="203"/>
        <source>Khoảng lặng giữa hai lần đọc</source>
        <translation>Pause between readings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="209"/>
        <source>Âm thanh mở đầu (nhạc hiệu)</source>
        <translation>Opening audio (station jingle)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="210"/>
        <source>Âm thanh kết thúc</source>
        <translation>Closing audio</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="214"/>
        <source>Âm thanh ra loa và ngôn ngữ</source>
        <translation>Audio output and language</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="218"/>
        <location filename="../settings_page.py" line="238"/>
        <source>Thiết bị mặc định của máy</source>
        <translation>System default device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="228"/>
        <source>Thiết bị phát</source>
        <translation>Output device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="230"/>
        <source>Âm lượng</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="231"/>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="241"/>
        <source>Thiết bị nghe thử</source>
        <translation>Preview device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="245"/>
        <source>Nghe thử bản tin, giọng đọc và tiết mục qua thiết bị này (tai nghe, loa máy tính), không ra loa phường. Nếu trùng với thiết bị phát, phần mềm hỏi trước mỗi lần nghe thử.</source>
        <translation>Bulletins, voices and items are previewed on this device (headphones, computer speakers), not on the ward&apos;s loudspeakers. If it is the on-air device, the program asks before each preview.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="250"/>
        <source>Tự phát sóng nền khi đăng nhập máy tính</source>
        <translation>Play in the background when signing in to the computer</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="252"/>
        <source>Khởi động cùng máy tính</source>
        <translation>Start with the computer</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="255"/>
        <source>Cách tính lượt phát trong nhật ký và báo cáo</source>
        <translation>How airings are counted in the log and reports</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="261"/>
        <source>Lượt bị ngắt được tính khi đã phát ít nhất</source>
        <translation>An interrupted airing counts once it has played at least</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="108"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="204"/>
        <source>Độ to chuẩn</source>
        <translation>Loudness target</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="265"/>
        <source>tính theo thời lượng dự kiến của tiết mục (mặc định {default}%); lượt không có thời lượng dự kiến (ví dụ nhập từ sổ cũ) cần ít nhất {seconds} giây. Lượt ngắn hơn là “ngắt sớm”: vẫn ghi trong nhật ký nhưng không cộng vào tần suất, thời lượng. Áp dụng cho mọi báo cáo lập sau khi đổi, kể cả các kỳ đã qua; mã kiểm tra in trên báo cáo ghi tỷ lệ đã dùng.</source>
        <translation>of the item&apos;s planned length (default {default}%); an airing with no planned length (e.g. imported from an old paper log) needs at least {seconds} seconds. Shorter ones are &quot;cut short&quot;: kept in the log but added to neither frequency nor duration. Applies to every report made after the change, past periods included; the verification code printed on a report records the share it used.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="277"/>
        <location filename="../settings_page.py" line="449"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="278"/>
        <source>Thông tin dưới đây được in trên báo cáo gửi lãnh đạo phường.</source>
        <translation>The details below are printed on reports for the ward&apos;s leaders.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="319"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="332"/>
        <source>Cài đặt chưa lưu</source>
        <translation>Unsaved settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="333"/>
        <source>Cài đặt có thay đổi chưa lưu. Lưu lại trước khi rời trang?</source>
        <translation>The settings have unsaved changes. Save them before leaving the page?</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="334"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="335"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="336"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="363"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="436"/>
        <source>Thiếu thông tin</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="445"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="447"/>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</source>
        <translation>The new language takes effect when the program is reopened.</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <location filename="../share_dialog.py" line="44"/>
        <source>Chia sẻ lên mạng…</source>
        <translation>Share online…</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="47"/>
        <source>Làm video có phụ đề, tệp mp3 và bài đăng cho Zalo, Facebook, trang web của phường</source>
        <translation>Make a subtitled video, an MP3 and a post for Zalo, Facebook and the ward&apos;s website</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="49"/>
        <source>Ghi nhận đăng tải…</source>
        <translation>Record a post…</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="75"/>
        <source>Chọn thư mục để đặt gói chia sẻ</source>
        <translation>Choose the folder for the share package</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="81"/>
        <location filename="../share_dialog.py" line="116"/>
        <source>Chia sẻ lên mạng</source>
        <translation>Share online</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="81"/>
        <source>Hãy lưu bản tin trước khi chia sẻ.</source>
        <translation>Save the bulletin before sharing it.</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="99"/>
        <source>Đang làm gói chia sẻ (video, mp3, phụ đề, bài đăng)…</source>
        <translation>Making the share package (video, MP3, subtitles, post)…</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="103"/>
        <source>Đang làm gói chia sẻ: bước %1/%2…</source>
        <translation>Making the share package: step %1/%2…</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="112"/>
        <source>Đã làm gói chia sẻ: %1</source>
        <translation>Share package made: %1</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="118"/>
        <source>Đã làm gói chia sẻ trong thư mục:
%1

Gồm video .mp4 có phụ đề, tệp .mp3, phụ đề .srt và bài đăng .txt. Sau khi đăng lên Zalo, Facebook hoặc trang web, bấm “Ghi nhận đăng tải…”.</source>
        <translation>The share package was made in the folder:
%1

It holds a subtitled .mp4 video, an .mp3 file, .srt subtitles and a .txt post. After posting on Zalo, Facebook or the website, press “Record a post…”.</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="129"/>
        <source>Chưa làm được gói chia sẻ; không có tệp nào bị bỏ dở.</source>
        <translation>The share package was not made; no half-written file was left.</translation>
    </message>
    <message>
        <location filename="../share_dialog.py" line="146"/>
        <source>Đã ghi nhận đăng tải.</source>
        <translation>Post recorded.</translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <location filename="../speech_dialog.py" line="52"/>
        <source>offline (có sẵn trong máy)</source>
        <translation>offline (built in)</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="54"/>
        <source>miền Bắc</source>
        <translation>northern</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="55"/>
        <source>miền Trung</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="56"/>
        <source>miền Nam</source>
        <translation>southern</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="57"/>
        <source>tiếng Việt</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="60"/>
        <source>Tự động (Google khi có mạng, offline khi mất mạng)</source>
        <translation>Automatic (Google when online, offline voice otherwise)</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="61"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="62"/>
        <source>Offline (có sẵn trong máy)</source>
        <translation>Offline (built in)</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="65"/>
        <source>Bình thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="66"/>
        <source>Hơi chậm</source>
        <translation>A little slower</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="67"/>
        <source>Chậm, cho loa ngoài trời</source>
        <translation>Slow, for outdoor loudspeakers</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="68"/>
        <source>Chậm hơn, nơi nhiều tiếng vang</source>
        <translation>Slower, where there is echo</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="69"/>
        <source>Chậm nhất, nơi vang nhiều</source>
        <translation>Slowest, where the echo is strong</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="106"/>
        <source>Chuyển thành giọng nói</source>
        <translation>Convert to speech</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="133"/>
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="135"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="159"/>
        <source>Lưu tiết mục</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="161"/>
        <source>Bỏ, không lưu</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="165"/>
        <source>Hãy nghe thử trước khi lưu:</source>
        <translation>Listen before saving:</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="191"/>
        <source> lần</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="194"/>
        <source>Bắt đầu đọc</source>
        <translation>Start reading</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="196"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="201"/>
        <source>Bộ đọc</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="202"/>
        <source>Giọng vùng miền</source>
        <translation>Regional voice</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="203"/>
        <source>Tốc độ đọc</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="204"/>
        <source>Số lần đọc</source>
        <translation>Readings</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="209"/>
        <source>Mặc định theo Cài đặt, chỉ áp dụng cho lần đọc này. Loa ngoài trời nhiều tiếng vang nghe rõ hơn khi đọc chậm (0,8 đến 0,9); cao độ giọng được giữ nguyên. Giọng vùng miền dùng cho giọng offline; giọng Google có một giọng tiếng Việt.</source>
        <translation>The defaults come from Settings and apply to this reading only. Outdoor loudspeakers with echo are clearer with a slower reading (0.8 to 0.9); the pitch of the voice is kept. The regional voice is for the offline voice; Google has one Vietnamese voice.</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="228"/>
        <source>Đọc bản tin: {title}</source>
        <translation>Read the bulletin: {title}</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="236"/>
        <source>theo Cài đặt</source>
        <translation>as in Settings</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="265"/>
        <source>Đang tạo giọng đọc: {title}</source>
        <translation>Making speech: {title}</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="289"/>
        <source>Đang kiểm tra tệp âm thanh vừa ghi…</source>
        <translation>Checking the audio file just written…</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="293"/>
        <source>Đã đọc xong. Đang hoàn thiện (ghép các lần đọc, chuẩn hóa độ to, ghi tệp)…</source>
        <translation>Reading done. Finishing (joining the readings, evening out the loudness, writing the file)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../speech_dialog.py" line="298"/>
        <source>Đã đọc xong {read}/%n đoạn</source>
        <translation>
            <numerusform>Read {read} of %n part</numerusform>
            <numerusform>Read {read} of %n parts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="228"/>
        <location filename="../speech_dialog.py" line="265"/>
        <source>văn bản</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="310"/>
        <source>Đã tạo giọng đọc: {title}</source>
        <translation>Speech made: {title}</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="313"/>
        <source>Thời lượng {length} · giọng {engine} {voice} · tốc độ {speed} · đọc {repeat} lần · đã chỉnh độ to cho đều</source>
        <translation>Length {length} · {engine} voice {voice} · speed {speed} · read {repeat} times · loudness evened out</translation>
    </message>
    <message>
        <location filename="../speech_dialog.py" line="339"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>StationOpener</name>
    <message>
        <location filename="../station_opener.py" line="33"/>
        <source>Truyền Thanh Phường</source>
        <translation>Truyền Thanh Phường</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="34"/>
        <source>Mở chỉ để xem</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="35"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="36"/>
        <source>Khôi phục bản sao lưu gần nhất</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <location filename="../station_opener.py" line="105"/>
        <source>Không giữ được quyền phát cho đài ({path}). Hãy kiểm tra quyền ghi thư mục dữ liệu.</source>
        <translation>Could not take the station for playout ({path}). Check that the data folder is writable.</translation>
    </message>
</context>
<context>
    <name>StationTray</name>
    <message>
        <location filename="../tray.py" line="61"/>
        <source>Tiếp theo: không còn mục nào trong lịch</source>
        <translation>Next: nothing more scheduled</translation>
    </message>
    <message>
        <location filename="../tray.py" line="65"/>
        <source>Tiếp theo: {time} — {title}</source>
        <translation>Next: {time} — {title}</translation>
    </message>
    <message>
        <location filename="../tray.py" line="86"/>
        <source>Mở cửa sổ Truyền Thanh Phường</source>
        <translation>Open the Truyền Thanh Phường window</translation>
    </message>
    <message>
        <location filename="../tray.py" line="87"/>
        <source>Dừng đài và thoát…</source>
        <translation>Stop the station and quit…</translation>
    </message>
    <message>
        <location filename="../tray.py" line="105"/>
        <source>Đang phát: {title}</source>
        <translation>On air: {title}</translation>
    </message>
    <message>
        <location filename="../tray.py" line="107"/>
        <source>Đã dừng phát tự động</source>
        <translation>Automatic playout stopped</translation>
    </message>
    <message>
        <location filename="../tray.py" line="109"/>
        <source>Đài đang chạy nền, chưa phát</source>
        <translation>Running in the background, nothing on air</translation>
    </message>
</context>
<context>
    <name>TargetsDashboard</name>
    <message>
        <location filename="../targets_dashboard.py" line="35"/>
        <source>lượt/ngày</source>
        <translation>airings/day</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="36"/>
        <source>lượt/tuần</source>
        <translation>airings/week</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="37"/>
        <source>phút/ngày</source>
        <translation>minutes/day</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="38"/>
        <source>phút/tuần</source>
        <translation>minutes/week</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="156"/>
        <source>Chỉ tiêu phát sóng</source>
        <translation>Broadcast targets</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="184"/>
        <source>Chưa đặt chỉ tiêu nào. Chọn chủ đề, loại chỉ tiêu và mức tối thiểu ở dưới rồi bấm “Lưu chỉ tiêu”.</source>
        <translation>No targets set. Choose a topic, a kind of target and the minimum below, then click “Save target”.</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="206"/>
        <source>Lưu chỉ tiêu</source>
        <translation>Save target</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="209"/>
        <source>Xóa chỉ tiêu</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="213"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="215"/>
        <source>tối thiểu</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="248"/>
        <source>Đạt {met}/{total} chỉ tiêu trong kỳ.</source>
        <translation>{met}/{total} targets met in the period.</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="252"/>
        <source>Thiếu nhiều nhất: {topic} ({status}).</source>
        <translation>Furthest behind: {topic} ({status}).</translation>
    </message>
</context>
<context>
    <name>TargetsTableModel</name>
    <message>
        <location filename="../targets_dashboard.py" line="51"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="52"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="53"/>
        <source>Yêu cầu cả kỳ</source>
        <translation>Required for period</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="54"/>
        <source>Thực hiện</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="55"/>
        <source>Còn thiếu</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="56"/>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="57"/>
        <source>Ngày, tuần đạt</source>
        <translation>Days/weeks met</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="58"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="75"/>
        <source>lượt</source>
        <translation>airings</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="75"/>
        <source>phút</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="85"/>
        <source>Thiếu {amount} {unit}</source>
        <translation>Short by {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="103"/>
        <source>Tối thiểu {amount} {unit}</source>
        <translation>At least {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="115"/>
        <source>ngày</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="115"/>
        <source>tuần</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="84"/>
        <location filename="../targets_dashboard.py" line="118"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../targets_dashboard.py" line="118"/>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>UnattachedRecordingsModel</name>
    <message>
        <location filename="../unattached_recordings.py" line="30"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="31"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="32"/>
        <source>Thời lượng</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="33"/>
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="36"/>
        <source>(không thuộc chủ đề nào)</source>
        <translation>(no topic)</translation>
    </message>
</context>
<context>
    <name>UnattachedRecordingsPanel</name>
    <message>
        <location filename="../unattached_recordings.py" line="112"/>
        <source>Chưa có bản ghi âm riêng. Bấm “Nhập bản ghi âm…” để thêm một thông báo hay nhạc hiệu.</source>
        <translation>No recordings on their own yet. Press “Import a recording…” to add a notice or a jingle.</translation>
    </message>
    <message>
        <location filename="../unattached_recordings.py" line="119"/>
        <source>Xóa bản ghi âm</source>
        <translation>Delete recording</translation>
    </message>
</context>
<context>
    <name>VoiceCapture</name>
    <message>
        <location filename="../voice_capture.py" line="135"/>
        <source>Không mở được micrô “{name}”.</source>
        <translation>Could not open the microphone “{name}”.</translation>
    </message>
    <message>
        <location filename="../voice_capture.py" line="216"/>
        <source>Micrô “{name}” đã bị rút ra hoặc ngắt: đã dừng ghi, phần đã ghi được vẫn được giữ.</source>
        <translation>Microphone “{name}” was unplugged or disconnected: recording stopped, what was recorded so far is kept.</translation>
    </message>
    <message>
        <location filename="../voice_capture.py" line="243"/>
        <source>Micrô “{name}” ngừng gửi âm thanh (bị rút ra hoặc bị chương trình khác chiếm).</source>
        <translation>The microphone “{name}” stopped sending sound (unplugged or taken by another program).</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <location filename="../voice_meter.py" line="17"/>
        <source>Không tìm thấy micrô nào trên máy này. Hãy cắm micrô (hoặc bật micrô trong cài đặt âm thanh của Windows) rồi mở lại cửa sổ này.</source>
        <translation>No microphone found on this computer. Plug one in (or enable it in Windows&apos; sound settings), then open this window again.</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <location filename="../voice_recorder_dialog.py" line="80"/>
        <source>Ghi âm giọng đọc</source>
        <translation>Record your voice</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="92"/>
        <source>Đọc bản tin “{title}” vào micrô. Khoảng lặng ở đầu và cuối được cắt bỏ, âm lượng được chuẩn hóa.</source>
        <translation>Read the bulletin “{title}” into the microphone. Silence at the start and end is cut and the loudness is normalised.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="95"/>
        <source>Đọc vào micrô. Khoảng lặng ở đầu và cuối được cắt bỏ, âm lượng được chuẩn hóa.</source>
        <translation>Read into the microphone. Silence at the start and end is cut and the loudness is normalised.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="111"/>
        <source>● Ghi</source>
        <translation>● Record</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="112"/>
        <location filename="../voice_recorder_dialog.py" line="352"/>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="113"/>
        <source>Ghi lại</source>
        <translation>Retake</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="114"/>
        <source>■ Dừng</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="122"/>
        <source>{title} (giọng đọc)</source>
        <translation>{title} (voice)</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="134"/>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="135"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="142"/>
        <source>Micrô</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="143"/>
        <source>Mức âm thanh</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="150"/>
        <source>Nghe lại</source>
        <translation>Listen back</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="151"/>
        <source>Tên tiết mục</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="152"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="188"/>
        <source>Đang mở micrô… Hãy chờ tới khi hiện “Đang ghi” rồi mới đọc.</source>
        <translation>Opening the microphone… Wait until “Recording” shows before you read.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="204"/>
        <location filename="../voice_recorder_dialog.py" line="211"/>
        <source>Đang ghi… Bấm “Dừng” khi đọc xong.</source>
        <translation>Recording… Press “Stop” when you have finished reading.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="214"/>
        <source>Đã tạm dừng. Bấm “Tiếp tục” để ghi tiếp.</source>
        <translation>Paused. Press “Resume” to record on.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="221"/>
        <source>Ghi lại từ đầu…</source>
        <translation>Recording again from the start…</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="244"/>
        <source>Đang cắt khoảng lặng và chuẩn hóa âm lượng…</source>
        <translation>Cutting silence and normalising loudness…</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="266"/>
        <source>Bản ghi dài {duration}. Hãy nghe lại rồi bấm “Giữ lại”, hoặc “Ghi lại”.</source>
        <translation>The take is {duration} long. Listen to it, then press “Keep”, or “Retake”.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="299"/>
        <source>Chưa chọn chủ đề cho bản ghi âm.</source>
        <translation>No topic chosen for the recording.</translation>
    </message>
    <message>
        <location filename="../voice_recorder_dialog.py" line="350"/>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../week_view.py" line="65"/>
        <source>◀ Tuần trước</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="67"/>
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="69"/>
        <source>Tuần sau ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="147"/>
        <source>Tuần {first} – {last}</source>
        <translation>Week {first} – {last}</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="164"/>
        <source>(không phát)</source>
        <translation>(not aired)</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="209"/>
        <source>(không có lịch)</source>
        <translation>(nothing scheduled)</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="227"/>
        <source>🌙 {start}–{end} giờ nghỉ</source>
        <translation>🌙 {start}–{end} quiet hours</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="230"/>
        <source>Giờ nghỉ theo quy định giờ phát: mục thông thường và ưu tiên không được phát.</source>
        <translation>Quiet hours under the broadcast-hour rules: ordinary and priority items are not played.</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="241"/>
        <source>(từ hôm trước)</source>
        <translation>(from the day before)</translation>
    </message>
    <message numerus="yes">
        <location filename="../week_view.py" line="242"/>
        <source>%n mục · {length}</source>
        <translation>
            <numerusform>%n item · {length}</numerusform>
            <numerusform>%n items · {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../week_view.py" line="254"/>
        <source>Khung giờ {name}</source>
        <translation>Window {name}</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="269"/>
        <source>Lúc {time}, dài {length}</source>
        <translation>At {time}, {length} long</translation>
    </message>
    <message>
        <location filename="../week_view.py" line="274"/>
        <source>Mục phát riêng ({priority})</source>
        <translation>One-off item ({priority})</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../welcome.py" line="43"/>
        <source>Bắt đầu sử dụng</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="44"/>
        <source>Chào mừng đến với {name}</source>
        <translation>Welcome to {name}</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="51"/>
        <source>Ba việc nên làm trước khi đài phát buổi đầu tiên:</source>
        <translation>Three things to do before the station&apos;s first broadcast:</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="60"/>
        <source>1. Tên đài và người ký</source>
        <translation>1. Station name and signer</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="61"/>
        <source>Tên đài, phường, người ký và chức vụ được in trên báo cáo gửi cấp trên.</source>
        <translation>The station&apos;s name, the ward, the signer and their title are printed on the reports sent upwards.</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="62"/>
        <source>Mở Cài đặt</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="69"/>
        <source>2. Bản tin đầu tiên</source>
        <translation>2. A first bulletin</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="70"/>
        <source>Soạn bản tin hoặc nhập từ tệp Word, rồi tạo âm thanh bằng giọng đọc.</source>
        <translation>Write a bulletin or import it from a Word file, then make its audio with a voice.</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="71"/>
        <source>Viết bản tin mới</source>
        <translation>Write a new bulletin</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="78"/>
        <source>3. Khung giờ phát đầu tiên</source>
        <translation>3. A first broadcast window</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="79"/>
        <source>Ví dụ 6:00–6:30 các ngày trong tuần: đài tự phát các bản tin xếp vào khung giờ.</source>
        <translation>For example 6:00–6:30 on weekdays: the station plays the bulletins put in the window by itself.</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="80"/>
        <source>Tạo khung giờ</source>
        <translation>Make a window</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="86"/>
        <source>Danh sách Bản tin có sẵn {n} bản tin mẫu, ghi [Mẫu] ở đầu tên, để thử đọc và phát. Có thể sửa hoặc xóa tùy ý.</source>
        <translation>The Bulletins list comes with {n} sample bulletins, marked [Sample] before their titles, to try reading and playing. Edit or delete them as you like.</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="94"/>
        <source>Không hiện lại</source>
        <translation>Don&apos;t show again</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="96"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../widgets.py" line="97"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WindowEditor</name>
    <message>
        <location filename="../window_editor.py" line="40"/>
        <source>Ví dụ: Bản tin sáng</source>
        <translation>E.g. Morning bulletin</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="56"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="58"/>
        <location filename="../window_editor.py" line="93"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="76"/>
        <source>Cả tuần</source>
        <translation>All week</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="86"/>
        <source>Chỉ trong đợt tuyên truyền, từ</source>
        <translation>Only during a campaign, from</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="97"/>
        <source>Chỉ phát một ngày:</source>
        <translation>Only on one day:</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="45"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="46"/>
        <source>Bỏ chọn để tạm ngưng khung giờ này mà không xóa.</source>
        <translation>Untick to pause this window without deleting it.</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="109"/>
        <source>Tên khung giờ</source>
        <translation>Window name</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="110"/>
        <source>Giờ phát</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="111"/>
        <source>Ngày trong tuần</source>
        <translation>Days of the week</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="112"/>
        <source>Đợt</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="113"/>
        <source>Một ngày</source>
        <translation>One day</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="217"/>
        <source>(giờ bắt đầu trùng giờ kết thúc)</source>
        <translation>(start time equals end time)</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="220"/>
        <source>({length})</source>
        <translation>({length})</translation>
    </message>
    <message>
        <location filename="../window_editor.py" line="222"/>
        <source>({length}, qua nửa đêm)</source>
        <translation>({length}, past midnight)</translation>
    </message>
</context>
</TS>
