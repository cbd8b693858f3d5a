"""Counts for work summaries (DOMAIN.md §4.7): 批次 and 人次 by form, category and state."""

from __future__ import annotations

from datetime import date
from typing import Any

from officedesk.domain.visits import VisitFilter
from officedesk.services.desk import Desk


def register_stats(desk: Desk, date_from: date | None = None, date_to: date | None = None) -> dict[str, Any]:
    repo = desk.visits.repo
    by_channel = repo.grouped_counts("channel", date_from, date_to)
    threshold = desk.settings.settings.group_threshold
    return {
        "批次": sum(c for _, c, _ in by_channel),
        "人次": sum(p for _, _, p in by_channel),
        "集体访批次": repo.count_group_visits(threshold, date_from, date_to),
        "按信访形式": {k: {"批次": c, "人次": p} for k, c, p in by_channel},
        "按问题类别": {k or "未分类": c for k, c, _ in repo.grouped_counts("category", date_from, date_to)},
        "按状态": {k: c for k, c, _ in repo.grouped_counts("status", date_from, date_to)},
        "超期未办结": len(desk.visits.search(VisitFilter(overdue_only=True))),
    }
