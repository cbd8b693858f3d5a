"""The deadline periods as the clerk reads them: labels with their article, the provinces' profiles, a summary.

Shared by the Deadlines settings page and the first-start wizard. Labels keep the "DeadlinesPage"
translation context they were first translated in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from officedesk.domain.settings import DEADLINE_PROFILES, NATIONAL, DeadlinePeriods


def period_rows() -> list[tuple[str, str, bool, int]]:
    """(DeadlinePeriods field, label with its article, counted in working days, largest value offered)."""
    return [
        ("accept_notice_days", QCoreApplication.translate("DeadlinesPage", "Acceptance notice (§23)"), False, 60),
        (
            "objection_workdays",
            QCoreApplication.translate("DeadlinesPage", "Objection, matter outside remit (§23)"),
            True,
            30,
        ),
        ("handling_days", QCoreApplication.translate("DeadlinesPage", "Handling (§34)"), False, 180),
        ("max_extension_days", QCoreApplication.translate("DeadlinesPage", "Longest extension (§34)"), False, 90),
        ("review_request_days", QCoreApplication.translate("DeadlinesPage", "Review request (§35)"), False, 90),
        ("review_answer_days", QCoreApplication.translate("DeadlinesPage", "Review answer (§35)"), False, 90),
        ("recheck_request_days", QCoreApplication.translate("DeadlinesPage", "Re-check request (§36)"), False, 90),
        ("recheck_answer_days", QCoreApplication.translate("DeadlinesPage", "Re-check answer (§36)"), False, 90),
    ]


def days_suffix(workdays: bool) -> str:
    if workdays:
        return QCoreApplication.translate("DeadlinesPage", " working days")
    return QCoreApplication.translate("DeadlinesPage", " days")


def profile_label(key: str) -> str:
    """The profile as listed: the region, then the regulation it follows."""
    regions = {
        NATIONAL: QCoreApplication.translate("DeadlineProfiles", "National"),
        "zhejiang": QCoreApplication.translate("DeadlineProfiles", "Zhejiang"),
        "shandong": QCoreApplication.translate("DeadlineProfiles", "Shandong"),
        "beijing": QCoreApplication.translate("DeadlineProfiles", "Beijing"),
    }
    profile = DEADLINE_PROFILES.get(key)
    if profile is None:
        return key
    return f"{regions.get(key, key)} — {profile.regulation}"


def profile_note(key: str) -> str:
    """What the profile changes, and the province's periods the desk does not clock (shown under the picker)."""
    profile = DEADLINE_PROFILES.get(key)
    if profile is None:
        return ""
    labels = {name: label for name, label, _w, _m in period_rows()}
    changed = [labels[name] for name in profile.changed if name in labels]
    if changed:
        text = QCoreApplication.translate("DeadlineProfiles", "Shorter than national: %1.").replace(
            "%1", ", ".join(changed))  # fmt: skip
    else:
        text = QCoreApplication.translate("DeadlineProfiles", "The periods the desk counts are the national ones.")
    if profile.untracked:
        also = QCoreApplication.translate("DeadlineProfiles", "Also in force, not counted by the desk: %1")
        text += "\n" + also.replace("%1", "；".join(profile.untracked))
    return text


def periods_summary(periods: DeadlinePeriods) -> list[tuple[str, str]]:
    """(label, "15 days") for each period, as a profile would set them."""
    out = []
    for name, label, workdays, _maximum in period_rows():
        in_workdays = workdays or (name == "accept_notice_days" and periods.accept_notice_workdays)
        out.append((label, f"{getattr(periods, name)}{days_suffix(in_workdays)}"))
    return out


class ProfileCombo(QComboBox):
    """The provinces' deadline profiles; `profile()` is the key of the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key in DEADLINE_PROFILES:
            self.addItem(profile_label(key), key)

    def profile(self) -> str:
        return str(self.currentData())

    def set_profile(self, key: str) -> None:
        index = self.findData(key)
        self.setCurrentIndex(index if index >= 0 else self.findData(NATIONAL))
