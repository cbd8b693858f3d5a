"""Chinese search: 1, 2 and 3+ characters find text anywhere in names, requests, facts, replies and notes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.visits import Visit, VisitFilter
from officedesk.services.desk import Desk
from officedesk.storage.text_search import bigram_text
from officedesk.storage.visit_search import term_queries


def _visit(name: str, requests: str, **kw: object) -> Visit:
    return Visit(channel="来访", received_at=datetime(2026, 11, 2, 9, 30), petitioner=name, requests=requests, **kw)  # type: ignore[arg-type]


@pytest.fixture
def searched(unit_desk: Desk) -> Desk:
    s = unit_desk.visits
    s.save(_visit("张建国", "某建筑工地拖欠农民工工资，请求督促支付", facts="工地在城关镇人民路"))
    s.save(_visit("李秀英", "小区物业服务不到位，电梯长期故障", reply_doc_no="城管复〔2026〕12号"))
    third = s.save(_visit("王磊", "预付卡余额无法退还")).visit
    assert third.id is not None
    s.add_note(third.id, date(2026, 11, 5), "已联系商家协商退款")
    return unit_desk


def _names(desk: Desk, text: str) -> set[str]:
    return {v.petitioner for v in desk.visits.fetch(desk.visits.search(VisitFilter(text=text)))}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("建国", {"张建国"}),  # two characters: a name
        ("秀", {"李秀英"}),  # one character
        ("张", {"张建国"}),
        ("物业", {"李秀英"}),  # two characters inside the requests
        ("工资", {"张建国"}),
        ("资", {"张建国"}),  # one character at the end of a phrase
        ("人民路", {"张建国"}),  # three characters in the facts
        ("农民工工资", {"张建国"}),
        ("城管复", {"李秀英"}),  # in a reply's document number
        ("协商退款", {"王磊"}),  # in a progress note
        ("退款", {"王磊"}),
        ("张建国 工资", {"张建国"}),  # every term must match
        ("张建国 物业", set()),
        ("不存在", set()),
        ("", {"张建国", "李秀英", "王磊"}),
    ],
)
def test_search_finds_text_anywhere(searched: Desk, query: str, expected: set[str]) -> None:
    assert _names(searched, query) == expected


def test_an_edit_replaces_the_old_text_in_both_indexes(searched: Desk) -> None:
    s = searched.visits
    [vid] = s.search(VisitFilter(text="物业"))
    s.save(s.get(vid).replace(requests="噪声扰民"))
    assert _names(searched, "物业") == set()
    assert _names(searched, "电梯长期") == set()
    assert _names(searched, "噪声") == {"李秀英"}
    assert _names(searched, "噪声扰民") == {"李秀英"}


def test_bigram_text_covers_every_character() -> None:
    assert bigram_text("张三丰，来访") == "张三 三丰 丰 来访 访"


def test_query_terms_choose_the_index_by_length() -> None:
    assert term_queries("张") == [("visit_bigrams", '"张"*')]
    assert term_queries("张三") == [("visit_bigrams", '"张三"')]
    assert term_queries('征地"拆迁') == [("visit_fts", '"征地""拆迁"')]
