"""Realistic sample ledger lines (invented units and people) for trying the desk out and for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from officedesk.domain.risks import Risk, RiskKind, RiskStatus

_UNITS = ("城关镇", "河口镇", "新华乡", "东风乡", "开发区管委会", "南湖街道", "北山镇", "青石乡")
_LEADERS = ("王建国", "李卫东", "陈志强", "赵红梅")
_PEOPLE = ("刘强", "孙丽", "周涛", "吴敏", "郑华", "黄磊")
_DISPUTES = (
    ("劳资纠纷", "{unit}某建筑工地拖欠{n}名农民工工资，存在聚集上访风险"),
    ("物业纠纷", "{unit}某小区业主与物业公司因停车收费发生矛盾，涉及{n}户"),
    ("征地拆迁", "{unit}道路拓宽项目{n}户被征收户对补偿标准有异议"),
    ("消费纠纷", "{unit}某培训机构停业，{n}名学员预付费未退"),
    ("邻里纠纷", "{unit}两户村民因宅基地边界发生争执"),
)
_HAZARDS = (
    ("消防", "{unit}某商场消防通道堵塞，疏散指示标志损坏"),
    ("燃气", "{unit}某餐馆液化气瓶与灶具间距不足，未安装报警装置"),
    ("特种设备", "{unit}某超市货梯超期未检"),
    ("用电", "{unit}某农贸市场私拉乱接电线，配电箱未上锁"),
    ("有限空间", "{unit}某食品厂污水池作业无审批、无监护"),
)


def demo_risks(count: int, today: date, seed: int = 2026) -> Iterator[Risk]:
    """`count` lines found over the last year; older ones mostly crossed off, some overdue."""
    rng = random.Random(seed)
    for _ in range(count):
        found = today - timedelta(days=rng.randint(0, 365))
        hazard = rng.random() < 0.5
        kind = RiskKind.HAZARD if hazard else rng.choice((RiskKind.DISPUTE, RiskKind.DISPUTE, RiskKind.PETITION))
        unit = rng.choice(_UNITS)
        category, text = rng.choice(_HAZARDS if hazard else _DISPUTES)
        level = ("重大" if rng.random() < 0.1 else "一般") if hazard else rng.choice(("高", "中", "中", "低", "低"))
        due = found + timedelta(days=rng.choice((7, 15, 30, 60, 90)))
        age = (today - found).days
        status = RiskStatus.OPEN
        if age > 20:
            status = rng.choice((RiskStatus.CLOSED,) * 6 + (RiskStatus.IN_PROGRESS, RiskStatus.AWAITING_ACCEPTANCE))
        elif age > 5:
            status = rng.choice((RiskStatus.OPEN, RiskStatus.IN_PROGRESS))
        verified = min(due + timedelta(days=rng.randint(-5, 5)), today) if status == RiskStatus.CLOSED else None
        if verified is not None and verified < found:
            verified = found
        yield Risk(
            kind=kind,
            found_on=found,
            description=text.format(unit=unit, n=rng.randint(3, 80)),
            source=rng.choice(("日常排查", "专项检查", "群众举报", "上级交办")),
            checked_unit=unit,
            place=unit,
            category=category,
            level=level,
            people_involved=0 if hazard else rng.randint(2, 60),
            measures="落实专人跟进，限期整改到位" if status != RiskStatus.OPEN or rng.random() < 0.5 else "",
            lead_leader=rng.choice(_LEADERS),
            responsible_unit=unit,
            responsible_person=rng.choice(_PEOPLE),
            responsible_phone=f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}",
            funds=f"{rng.randint(1, 50) / 2:g}" if hazard else "",
            due_date=due,
            interim_controls="设置警示标志，专人看护" if level == "重大" else "",
            status=status,
            verifier=rng.choice(_LEADERS) if verified else "",
            verified_on=verified,
            verify_conclusion="整改合格" if verified else "",
            closed_on=verified,
            result="已化解" if verified and not hazard else "",
        )
