"""Realistic sample petitions for trying the desk out and for benchmarks (invented people and numbers)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from officedesk.domain.identity import id_check_char
from officedesk.domain.visits import CHANNELS, Visit

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = (
    "建国",
    "卫东",
    "秀英",
    "桂兰",
    "志强",
    "海燕",
    "丽华",
    "明",
    "军",
    "玉梅",
    "春生",
    "晓红",
    "文斌",
    "淑珍",
    "德胜",
    "小平",
    "永刚",
    "红霞",
    "国庆",
    "金凤",
    "宏伟",
    "磊",
    "静",
    "伟",
    "芳",
    "敏",
    "勇",
    "艳",
)
_PLACES = ("城关镇", "河口镇", "新华乡", "东风乡", "开发区", "南湖街道", "北山镇", "青石乡")
_STREETS = ("人民路", "建设路", "解放街", "幸福巷", "团结路", "滨河路")
# (一级, 二级, 事项性质, what people ask)
_MATTERS = (
    ("劳动社保", "欠薪", "申诉求决", "{place}某建筑工地拖欠{n}名农民工工资共计{m}万元，多次讨要未果，请求督促支付"),
    ("劳动社保", "社保待遇", "申诉求决", "原单位未按规定缴纳养老保险，退休后待遇偏低，请求补缴并重新核定"),
    ("城乡建设", "征地拆迁", "申诉求决", "{place}道路拓宽项目征收房屋补偿标准过低，请求按评估价重新补偿"),
    ("城乡建设", "物业管理", "申诉求决", "小区物业公司服务不到位、电梯长期故障，请求更换物业或督促整改"),
    ("企业改制", "职工安置", "申诉求决", "原县属企业改制时身份置换补偿金未足额发放，请求落实政策"),
    ("涉军", "退役安置", "申诉求决", "退役后未按政策安排工作，请求落实退役军人安置待遇"),
    ("消费纠纷", "预付卡", "申诉求决", "{place}某健身房关门跑路，预付卡余额{m}千元无法退还，请求协调退款"),
    ("消费纠纷", "商品质量", "检举控告", "某超市销售过期食品，请求依法查处"),
    ("环境保护", "噪声", "检举控告", "{place}夜间施工噪声扰民，影响休息，请求依法处理"),
    ("环境保护", "油烟", "申诉求决", "楼下餐馆油烟直排，请求督促安装净化设施"),
    ("市场监管", "价格", "检举控告", "农贸市场摊位费上涨过快，怀疑乱收费，请求调查"),
    ("农村农业", "土地承包", "申诉求决", "{place}村组调整承包地未经村民会议讨论，请求纠正"),
    ("其他", "", "建议意见", "建议在{place}增设便民服务点，方便群众办事"),
)
_UNITS = ("办公室", "市场监管股", "商贸流通股", "安全生产股", "综合执法大队", "各乡镇")
_STAFF = ("周敏", "吴磊", "郑芳", "孙涛")
_LEADERS = ("王建国", "李卫东", "陈志强")


def _id_number(rng: random.Random, born: date) -> str:
    body = f"411{rng.randint(100, 999)}{born:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + id_check_char(body)


def demo_visits(count: int, today: date, seed: int = 2026) -> Iterator[Visit]:
    """`count` visits over the two years before `today`; the recent ones partly unhandled (some overdue)."""
    rng = random.Random(seed)
    start = today - timedelta(days=730)
    for _ in range(count):
        day = start + timedelta(days=rng.randint(0, 730))
        received = datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 10, 20, 30, 40, 50))))
        cat, sub, matter, text = rng.choice(_MATTERS)
        place = rng.choice(_PLACES)
        requests = text.format(place=place, n=rng.randint(3, 60), m=rng.randint(2, 90))
        people = rng.choice((1, 1, 1, 1, 1, 1, 2, 3)) if rng.random() < 0.92 else rng.randint(5, 40)
        name = "匿名" if rng.random() < 0.03 else rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        born = date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
        age_days = (today - day).days
        accepted = (
            day + timedelta(days=rng.randint(0, min(10, age_days))) if age_days > 3 or rng.random() < 0.5 else None
        )
        disposition = rng.choice(("交办", "交办", "转送", "当场答复")) if accepted else ""
        if disposition == "当场答复":  # answered on the spot: accepted and closed the day it came in
            accepted = day
        handled = accepted is not None and (age_days > 75 or rng.random() < 0.55)
        reply = accepted + timedelta(days=rng.randint(10, 55)) if handled and accepted else None
        if reply and reply > today:
            reply = None
        yield Visit(
            channel=rng.choice(CHANNELS),
            received_at=received,
            petitioner=name,
            requests=requests,
            people_count=people,
            phone="" if name == "匿名" else f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}",
            id_number=_id_number(rng, born) if rng.random() < 0.5 and name != "匿名" else "",
            address=f"{place}{rng.choice(_STREETS)}{rng.randint(1, 200)}号",
            locality=place,
            category=cat,
            subcategory=sub,
            matter_type=matter,
            facts=f"来访人反映：{requests}。据称已向有关单位反映过，未得到答复。",
            receiver=rng.choice(_STAFF),
            receiving_leader=rng.choice(_LEADERS) if rng.random() < 0.3 else "",
            disposition=disposition,
            handling_unit=rng.choice(_UNITS) if accepted else "",
            accepted_on=accepted,
            accept_notified_on=accepted,
            reply_on=reply,
            reply_way="书面" if reply else "",
            result=rng.choice(("支持", "解释说明", "不予支持")) if reply else "",
            closed_on=reply,
            satisfaction=rng.choice(("满意", "基本满意", "不满意")) if reply and rng.random() < 0.6 else "",
            followup_on=reply + timedelta(days=3) if reply and reply + timedelta(days=3) <= today else None,
        )
