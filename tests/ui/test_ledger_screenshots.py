"""Screenshots of the ledger screens with realistic lines, in the bundled CJK font, for a human to look at:
/tmp/ui_preview/ledger_*.png. The asserts check what a screenshot would show clipped."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from officedesk.domain.risks import Risk, RiskKind, RiskStatus
from officedesk.domain.visits import Visit
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.reminder_dialog import ReminderDialog
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.views.ledger_view import LedgerView

PREVIEW_DIR = Path("/tmp/ui_preview")


def demo_ledger(desk: Desk) -> dict[str, Risk]:
    """A small, realistic county ledger: disputes, a petition risk, general and major hazards in every state."""
    d = RiskKind.DISPUTE
    lines = {
        "wages": Risk(
            kind=d,
            found_on=date(2026, 10, 12),
            description="某建筑工地拖欠农民工工资约38万元，涉及工人26名",
            category="劳资纠纷",
            level="高",
            people_involved=26,
            lead_leader="王建国",
            responsible_unit="人社局",
            responsible_person="刘洋",
            responsible_phone="13812345678",
            measures="约谈施工方，督促按期支付",
            due_date=date(2026, 11, 15),
        ),
        "property": Risk(
            kind=d,
            found_on=date(2026, 11, 3),
            description="幸福小区业主与物业公司因停车收费发生纠纷",
            category="物业纠纷",
            level="中",
            people_involved=40,
            lead_leader="李红",
            responsible_unit="城关镇",
            responsible_person="陈静",
            measures="组织业委会与物业协商",
            due_date=date(2026, 11, 25),
        ),
        "land": Risk(
            kind=d,
            found_on=date(2026, 9, 8),
            description="东关村土地承包经营权边界纠纷",
            category="土地纠纷",
            level="低",
            lead_leader="王建国",
            responsible_unit="城关镇",
            responsible_person="赵磊",
            measures="现场勘界，调解",
            due_date=date(2026, 11, 10),
        ),
        "petition": Risk(
            kind=RiskKind.PETITION,
            found_on=date(2026, 11, 18),
            source="信访转来",
            description="预付卡商家停业，消费者要求退还余额",
            category="消费纠纷",
            level="中",
            people_involved=12,
            lead_leader="李红",
            responsible_unit="市场监管局",
            responsible_person="孙伟",
            due_date=date(2027, 1, 18),
        ),
        "ammonia": Risk(
            kind=RiskKind.HAZARD,
            found_on=date(2026, 11, 6),
            source="专项检查",
            checker="县商务局检查组",
            checked_unit="城关冷链物流公司",
            place="冷库机房",
            description="液氨制冷管道腐蚀，未设置泄漏报警装置",
            category="液氨制冷",
            level="重大",
            basis="应急管理部令第10号 第十三条",
            responsible_unit="城关冷链物流公司",
            responsible_person="周强",
            due_date=date(2026, 12, 31),
            lead_leader="王建国",
            supervision_level="县级",
            supervision_doc_no="县安办督〔2026〕7号",
            supervision_on=date(2026, 11, 10),
        ),
        "extinguisher": Risk(
            kind=RiskKind.HAZARD,
            found_on=date(2026, 11, 20),
            source="日常排查",
            checker="张敏",
            checked_unit="万家福超市",
            place="二楼仓库",
            description="灭火器压力不足，消防通道堆放货物",
            category="消防",
            level="一般",
            responsible_unit="万家福超市",
            responsible_person="吴刚",
            measures="更换灭火器，清理通道",
            funds="0.2",
            due_date=date(2026, 11, 24),
        ),
    }
    saved = {key: desk.risks.save(line) for key, line in lines.items()}
    land = saved["land"].id
    assert land is not None
    desk.risks.move(land, RiskStatus.AWAITING_ACCEPTANCE)
    desk.risks.move(land, RiskStatus.CLOSED, verifier="王建国", verified_on=date(2026, 11, 9),
                    verify_conclusion="双方签订调解协议，已履行")  # fmt: skip
    ammonia = saved["ammonia"].id
    assert ammonia is not None
    desk.risks.add_progress(ammonia, date(2026, 11, 8), "下达整改通知书，责令停用腐蚀管段")
    desk.risks.add_progress(ammonia, date(2026, 11, 16), "企业已采购不锈钢管材，正在编制治理方案")
    wages = saved["wages"].id
    assert wages is not None
    desk.risks.add_progress(wages, date(2026, 11, 12), "已支付首期工资20万元")
    return saved


def fits(widget: QLabel | QPushButton) -> bool:
    """Shown in full: as wide as its text needs (a clipped button or badge is narrower)."""
    return widget.width() >= widget.sizeHint().width()


def grab(widget: QWidget, name: str, qtbot: Any) -> Path:
    qtbot.wait(30)  # let the layouts settle before grabbing
    PREVIEW_DIR.mkdir(exist_ok=True)
    path = PREVIEW_DIR / name
    assert widget.grab().save(str(path))
    return path


def test_ledger_view_screenshot(desk: Desk, cjk_font: str, qtbot: Any) -> None:
    demo_ledger(desk)
    view = LedgerView(desk)
    qtbot.addWidget(view)
    view.resize(1280, 640)
    view.show()
    qtbot.waitExposed(view)
    view.group_by.setCurrentIndex(view.group_by.findData("responsible_unit"))
    view.select_row(1)
    assert view.font().family() == cjk_font
    assert view.groups.rows()[0] == ("All", "6", "1")
    assert view.count_label.text() == "Lines: 6 · overdue: 1 · due within 3 days: 2"
    assert fits(view.filter_bar.clear_button)
    for key, longest in (("state", "已化解·销号"), ("kind", "安全隐患"), ("reg_no", "YH-2026-0001")):
        column = view.model.column_of(key)
        assert column is not None
        assert view.table.columnWidth(column) >= view.table.fontMetrics().horizontalAdvance(longest) + 8, key
    assert grab(view, "ledger_view.png", qtbot).stat().st_size > 10_000


def test_risk_dialog_screenshots(desk: Desk, cjk_font: str, qtbot: Any) -> None:
    ammonia = demo_ledger(desk)["ammonia"].id
    dialog = RiskDialog(desk, ammonia)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.move_to(RiskStatus.IN_PROGRESS)  # refused: the five in place are not all there
    assert "整改措施、整改资金、应急预案" in dialog.state_bar.message.text()
    bar = dialog.state_bar
    assert all(fits(b) for b in bar.buttons() if b.isVisible()) and fits(bar.badge)
    assert dialog.progress.entries()[0] == ("2026-11-16", "企业已采购不锈钢管材，正在编制治理方案")
    grab(dialog, "ledger_risk_dialog.png", qtbot)
    dialog.tabs.setCurrentWidget(dialog.measures)
    assert dialog.measures.supervision_doc_no.text() == "县安办督〔2026〕7号"
    grab(dialog, "ledger_risk_dialog_measures.png", qtbot)


def test_reminder_dialog_screenshot(desk: Desk, cjk_font: str, qtbot: Any) -> None:
    demo_ledger(desk)
    desk.visits.save(Visit(channel="来访", received_at=datetime(2026, 9, 1, 9, 30), petitioner="张三",
                           requests="要求支付拖欠的三个月工资", accepted_on=date(2026, 9, 2), disposition="交办",
                           handling_unit="人社局"))  # fmt: skip
    dialog = ReminderDialog(desk, desk.risks.reminders())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [kind for kind, _ in dialog.targets()] == ["risk", "risk", "risk", "visit"]
    assert fits(dialog.open_button)
    section = dialog.tree.topLevelItem(0)
    assert section is not None and dialog.tree.currentItem() is section.child(0)  # Enter opens the first
    number = dialog.tree.visualRect(dialog.tree.indexFromItem(section.child(0), 0))
    assert number.width() >= dialog.tree.fontMetrics().horizontalAdvance("YH-2026-0001") + 8
    grab(dialog, "ledger_reminder_dialog.png", qtbot)
