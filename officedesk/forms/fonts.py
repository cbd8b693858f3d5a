"""CJK fonts for printed forms: the office PC's own 宋体/仿宋/黑体/楷体 when present, else the bundled font.

PLATFORM.md "Fonts for printed forms": reportlab embeds TrueType outlines only, so every role gets a
TTFont (never the built-in STSong-Light, which is not embedded and prints as boxes on a PC without a
CJK font). A Windows font that reportlab cannot read (a CFF-outline or damaged file) is skipped and the
role falls back to the bundled WenQuanYi Micro Hei, so a form always prints.
"""

from __future__ import annotations

import functools
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from officedesk.paths import bundled_font_path

# Role → (file under the Windows font folder, subfontIndex). simsun.ttc holds 宋体 at index 0 and
# 新宋体 at index 1; GB/T 9704-2012 names 仿宋 (not 仿宋_GB2312, DOMAIN.md §3.4).
WINDOWS_FILES: dict[str, tuple[str, int]] = {
    "song": ("simsun.ttc", 0),
    "fang": ("simfang.ttf", 0),
    "hei": ("simhei.ttf", 0),
    "kai": ("simkai.ttf", 0),
}
BUNDLED_NAME = "OD-WenQuanYiMicroHei"
BUNDLED = "bundled"  # the print_font setting naming the bundled font
AUTOMATIC = ""  # the print_font setting for "each role its Windows font, else the bundled one"

# Chinese fonts a Windows PC commonly has, offered for printing when present: file, subfont index, name.
# A chosen font prints every role (the forms' 宋体, 仿宋, 黑体 and 楷体 text) in that one face.
CJK_FONT_FILES: tuple[tuple[str, int, str], ...] = (
    ("simsun.ttc", 0, "宋体 SimSun"),
    ("simsun.ttc", 1, "新宋体 NSimSun"),
    ("simfang.ttf", 0, "仿宋 FangSong"),
    ("simhei.ttf", 0, "黑体 SimHei"),
    ("simkai.ttf", 0, "楷体 KaiTi"),
    ("msyh.ttc", 0, "微软雅黑 Microsoft YaHei"),
    ("Deng.ttf", 0, "等线 DengXian"),
    ("STSONG.TTF", 0, "华文宋体 STSong"),
    ("STFANGSO.TTF", 0, "华文仿宋 STFangsong"),
    ("STKAITI.TTF", 0, "华文楷体 STKaiti"),
)


@dataclass(frozen=True)
class FontSet:
    """reportlab font names per role, and the font files that the PDF embeds.

    The free fonts have no bold face (PLATFORM.md), so titles use `hei` (黑体) rather than `<b>`.
    """

    song: str  # 宋体: tables, page numbers
    fang: str  # 仿宋: body text (GB/T 9704-2012 default 3号仿宋)
    hei: str  # 黑体: titles and headings
    kai: str  # 楷体: second-level headings
    used_files: tuple[str, ...]  # distinct files, in role order, for "printed with …" notes


def windows_fonts_dir() -> Path:
    """C:\\Windows\\Fonts, or wherever %WINDIR% points (a PC installed on D: has WINDIR=D:\\Windows)."""
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def font_key(file_name: str, subfont_index: int) -> str:
    """The print_font setting naming one font of the Windows font folder, e.g. "simfang.ttf#0"."""
    return f"{file_name}#{subfont_index}"


def available_fonts(system_fonts_dir: Path | None = None) -> list[tuple[str, str]]:
    """(print_font setting, name) of the Chinese fonts this PC has, then the bundled font. Not parsed here:
    a file reportlab cannot read falls back to the automatic choice when printing."""
    folder = system_fonts_dir if system_fonts_dir is not None else windows_fonts_dir()
    found = [(font_key(f, i), name) for f, i, name in CJK_FONT_FILES if (folder / f).is_file()]
    return [*found, (BUNDLED, "文泉驿微米黑 WenQuanYi Micro Hei")]


def register_fonts(system_fonts_dir: Path | None = None, choice: str = AUTOMATIC) -> FontSet:
    """Register the fonts once per folder and say which names to use; safe to call for every form.

    `choice` is the office's print_font setting: AUTOMATIC, BUNDLED or a `font_key()`. A chosen font that is
    missing or unreadable falls back to the automatic choice, so a form always prints.
    """
    folder = system_fonts_dir if system_fonts_dir is not None else windows_fonts_dir()
    if choice == BUNDLED:
        return _single(_bundled())
    if choice:
        file_name, _, index = choice.rpartition("#")
        found = _try_register(folder / file_name, int(index)) if file_name and index.isdigit() else None
        if found is not None:
            return _single(found)
    return _register(str(folder))


def _single(found: tuple[str, str]) -> FontSet:
    name, path = found
    return FontSet(song=name, fang=name, hei=name, kai=name, used_files=(path,))


@functools.cache
def _register(folder: str) -> FontSet:
    # Cached per folder: parsing a 5–18 MB TTC costs about 0.1–0.3 s, and reportlab keeps one global
    # font registry anyway, so registering twice would only repeat that work.
    names: dict[str, str] = {}
    files: list[str] = []
    for role, (file_name, index) in WINDOWS_FILES.items():
        found = _try_register(Path(folder) / file_name, index)
        if found is None:
            found = _bundled()
        names[role], path = found
        if path not in files:
            files.append(path)
    return FontSet(song=names["song"], fang=names["fang"], hei=names["hei"], kai=names["kai"], used_files=tuple(files))


def _try_register(path: Path, subfont_index: int) -> tuple[str, str] | None:
    """(font name, file) after registering `path`, or None when it is missing or unreadable."""
    if not path.is_file():
        return None
    # The folder's checksum keeps two folders' simsun.ttc apart in reportlab's global registry.
    name = f"OD-{path.stem}-{subfont_index}-{zlib.crc32(str(path).encode()):08x}"
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont_index))
        except (TTFError, OSError):
            # e.g. "postscript outlines are not supported" (PLATFORM.md: CFF fonts cannot be embedded).
            return None
    return name, str(path)


@functools.cache
def _bundled() -> tuple[str, str]:
    path = bundled_font_path()
    if BUNDLED_NAME not in pdfmetrics.getRegisteredFontNames():
        # subfontIndex=0: the Micro Hei face of the collection (PLATFORM.md).
        pdfmetrics.registerFont(TTFont(BUNDLED_NAME, str(path), subfontIndex=0))
    return BUNDLED_NAME, str(path)
