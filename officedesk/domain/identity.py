"""ID numbers and phone numbers: normalise, check, mask (DOMAIN.md §3.5).

Policy: these checks warn (ID) or ask for a fix (phone); they never decide who may petition. Unknown
address codes are accepted (abolished or renamed counties stay valid on old cards), "无"/"不详" are
always allowed, and personal numbers are masked wherever they leave the screen (DESIGN.md).
"""

from __future__ import annotations

import re
from datetime import date

# GB 11643-1999 公民身份号码: weights of the first 17 digits and the check character for Σ mod 11.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# Values a clerk types when the petitioner has no number or will not give it.
NO_NUMBER = ("无", "不详")
_EARLIEST_BIRTH = date(1900, 1, 1)

# Full-width digits, X and hyphen, as typed with a Chinese IME, become ASCII.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９ｘＸ－", "0123456789XX-")
_SPACES = re.compile(r"[\s\u3000]+")

# DOMAIN.md §3.5: mobile ^1[3-9]\d{9}$ (prefix lists go stale); landline with area code and an
# optional extension written "-123" or "转123".
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"(0\d{2,3})(-?)(\d{7,8})((?:-\d{1,6})|(?:转\d+))?")


def _clean(s: str) -> str:
    return _SPACES.sub("", s.translate(_FULL_WIDTH))


def id_check_char(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits: Σ(digit×weight) mod 11 → "10X98765432"."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"expected 17 digits, got {first17!r}")
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def normalize_id_number(s: str) -> str:
    """Trim, make full-width characters ASCII, upper-case the X, and convert a legacy 15-digit number
    to 18 digits (insert "19" before the 2-digit year, add the check character, GB 11643-1999)."""
    text = s.strip()
    if text in NO_NUMBER or not text:
        return text
    text = _clean(text).upper()
    if len(text) == 15 and text.isascii() and text.isdigit():
        first17 = text[:6] + "19" + text[6:]
        return first17 + id_check_char(first17)
    return text


def _birth_date(id18: str) -> date | None:
    try:
        return date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))
    except ValueError:
        return None


def id_number_problem(s: str, today: date | None = None) -> str | None:
    """None if the number is well formed (or empty, 无, 不详); otherwise a sentence for the clerk."""
    text = normalize_id_number(s)
    if not text or text in NO_NUMBER:
        return None
    if len(text) != 18:
        return f"身份证号应为18位（旧号码为15位），现为{len(text)}位。"
    body, last = text[:17], text[17]
    if not (body.isascii() and body.isdigit()) or not (last.isdigit() or last == "X"):
        return "身份证号只能是数字，最后一位可以是X。"
    birth = _birth_date(text)
    if birth is None:
        return f"身份证号中的出生日期{text[6:14]}不存在。"
    if birth < _EARLIEST_BIRTH:
        return f"身份证号中的出生日期{birth.isoformat()}早于1900年，请核对。"
    if birth > (today or date.today()):
        return f"身份证号中的出生日期{birth.isoformat()}晚于今天，请核对。"
    expected = id_check_char(body)
    if last != expected:
        return f"身份证号校验位不符，校验位应为{expected}，请核对。"
    return None


def phone_problem(s: str) -> str | None:
    """None for an empty value, a mobile number or a landline with area code; else a sentence."""
    text = _clean(s.strip())
    if not text:
        return None
    if _MOBILE.fullmatch(text) or _LANDLINE.fullmatch(text):
        return None
    if text.startswith("1") and text.isdigit():
        return f"手机号应为11位数字，以13–19开头，现为{len(text)}位。"
    if text.isdigit() and len(text) in (7, 8):
        return "座机号码请加区号，如0551-12345678。"
    return "电话号码格式不对：手机号为11位数字；座机为区号加号码，如0551-12345678，分机写作“-123”或“转123”。"


def _mask_middle(s: str, head: int, tail: int) -> str:
    """Keep at most `head` leading and `tail` trailing characters, and never more than half the string."""
    n = len(s)
    head = min(head, n // 4)
    tail = min(tail, n // 4)
    return s[:head] + "*" * (n - head - tail) + s[n - tail :]


def mask_id_number(s: str) -> str:
    """For print and export: "110101********1234" (first 6 and last 4 of an 18-character number)."""
    text = s.strip()
    if not text or text in NO_NUMBER:
        return text
    if len(text) == 18:
        return text[:6] + "*" * 8 + text[14:]
    return _mask_middle(text, 3, 2)


def mask_phone(s: str) -> str:
    """For print and export: mobile "138****5678"; landline keeps the area code and the last 2 digits."""
    text = s.strip()
    if not text:
        return text
    compact = _clean(text)
    if _MOBILE.fullmatch(compact):
        return compact[:3] + "****" + compact[7:]
    landline = _LANDLINE.fullmatch(compact)
    if landline:
        # 010 and 02x are 3-digit area codes, all others 4 (so "05511234567" keeps "0551").
        area_len = 3 if compact[1] in "12" else 4
        area, rest = compact[:area_len], compact[area_len:]
        masked = "".join("*" if c.isdigit() else c for c in rest[:-2]) + rest[-2:]
        return area + masked
    return _mask_middle(compact, 3, 2)
