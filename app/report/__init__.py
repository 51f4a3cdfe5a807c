"""Broadcast reports (báo cáo kết quả phát sóng): frequency and duration per topic, a period against a
baseline, targets, and the files they are written to. Callers import from here; the parts are:

- period: `Period` (both dates included) and the periods an operator picks by name;
- model: the immutable `Report` every output is drawn from, and the "mới" rule (`compare`);
- queries: the report's reads of the airtime log (counted by app.log.counting) and its topic lookup;
- build: `build_report`, which counts once per period and derives the rest;
- targets: chỉ tiêu per topic and how a period measures up;
- as_json, export: JSON, XLSX, CSV, and PDF through the Qt layer, written atomically;
- wording: the Vietnamese sentences of the printed report (no Qt), which ui/report/ lays out.

Numbers and dates in reports are always Vietnamese (app.formatting.VIETNAMESE): an official document.
"""

from app.report.as_json import report_to_json
from app.report.build import build_report
from app.report.export import FORMATS, STREAMABLE_FORMATS, export_report, format_for_path, stream_report
from app.report.model import NEW_LABEL, NO_TOPIC, TAMPERED_WARNING, Change, Report, compare
from app.report.period import Period, baseline_period, quick_period
from app.report.queries import iter_annex
from app.report.targets import (
    METRIC_LABELS,
    METRICS,
    Target,
    TargetResult,
    delete_target,
    list_targets,
    set_target,
)

__all__ = [
    "FORMATS",
    "METRICS",
    "METRIC_LABELS",
    "NEW_LABEL",
    "NO_TOPIC",
    "STREAMABLE_FORMATS",
    "TAMPERED_WARNING",
    "Change",
    "Period",
    "Report",
    "Target",
    "TargetResult",
    "baseline_period",
    "build_report",
    "compare",
    "delete_target",
    "export_report",
    "format_for_path",
    "iter_annex",
    "list_targets",
    "quick_period",
    "report_to_json",
    "set_target",
    "stream_report",
]
