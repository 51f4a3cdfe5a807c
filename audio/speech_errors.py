"""Errors of speech synthesis and audio mastering; every message is one Vietnamese line for the operator,
a template marked with QT_TR_NOOP (audio/errors.py) so that the window can show it translated."""

from __future__ import annotations

from audio.errors import QT_TR_NOOP, AudioError


class EmptyText(AudioError):
    def __init__(self) -> None:
        super().__init__(QT_TR_NOOP("Văn bản trống"))


class SpeechCancelled(AudioError):
    def __init__(self) -> None:
        super().__init__(QT_TR_NOOP("Đã hủy tạo giọng đọc"))


class InvalidSpeechSettings(AudioError):
    """A voice, engine, speed or repeat count outside what the engines accept."""


class GoogleError(AudioError):
    """Any failure of Google's speech service; `auto` falls back to the offline voice on these."""

    #: Whether another try may succeed (network trouble, rate limit, server error).
    retryable = False
    #: Notice shown when `auto` fell back to the offline voice because of this error.
    fallback_notice = "Giọng đọc Google bị lỗi, đã dùng giọng đọc offline"


class GoogleUnreachable(GoogleError):
    retryable = True
    fallback_notice = "Không kết nối được Google, đã dùng giọng đọc offline"

    def __init__(
        self, template: str = QT_TR_NOOP("Không kết nối được máy chủ giọng đọc Google (mất mạng?)"), /, **params: object
    ) -> None:
        super().__init__(template, **params)


class GoogleTimeout(GoogleUnreachable):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            QT_TR_NOOP("Máy chủ giọng đọc Google không trả lời sau {seconds:g} giây (mạng chậm hoặc mất mạng?)"),
            seconds=seconds,
        )
        self.seconds = seconds


class GoogleRejected(GoogleError):
    """429 (too many requests) after every retry, or another 4xx refusal."""

    fallback_notice = "Google từ chối yêu cầu đọc, đã dùng giọng đọc offline"

    def __init__(self, status: int) -> None:
        if status == 429:
            super().__init__(
                QT_TR_NOOP("Máy chủ giọng đọc Google đang giới hạn số yêu cầu (mã 429), hãy thử lại sau ít phút")
            )
        else:
            super().__init__(QT_TR_NOOP("Máy chủ giọng đọc Google từ chối yêu cầu (mã {status})"), status=status)
        self.status = status
        self.retryable = status == 429


class GoogleServerError(GoogleError):
    retryable = True
    fallback_notice = "Máy chủ Google đang lỗi, đã dùng giọng đọc offline"

    def __init__(self, status: int) -> None:
        super().__init__(
            QT_TR_NOOP("Máy chủ giọng đọc Google đang gặp lỗi (mã {status}), hãy thử lại sau"), status=status
        )
        self.status = status


class GoogleBadResponse(GoogleError):
    def __init__(self) -> None:
        super().__init__(QT_TR_NOOP("Máy chủ giọng đọc Google trả về dữ liệu không đọc được"))


class OfflineVoiceError(AudioError):
    """The offline voice (espeak-ng) failed; the template says how."""


class FfmpegMissing(AudioError):
    def __init__(self) -> None:
        super().__init__(QT_TR_NOOP("Không tìm thấy chương trình xử lý âm thanh ffmpeg"))


class FfmpegFailed(AudioError):
    """ffmpeg failed: the template says how, or `FfmpegFailed.said(line)` quotes what ffmpeg printed."""

    @classmethod
    def said(cls, detail: str) -> FfmpegFailed:
        return cls(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): {detail}"), detail=detail)


class AudioFileUnreadable(AudioError):
    def __init__(self, name: str) -> None:
        super().__init__(QT_TR_NOOP("Không đọc được tệp âm thanh: {name}"), name=name)
        self.name = name


class AudioStoreError(AudioError):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TR_NOOP("Không ghi được tệp âm thanh vào thư mục lưu trữ: {detail}"), detail=detail)
