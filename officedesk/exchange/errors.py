"""What can go wrong when files come in or go out, each with the Chinese sentence the clerk sees.

`str(error)` is that sentence, so the CLI prints it as it is and the UI shows it in a message box.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# How many problems the one-line summary spells out before it gives the total.
_SUMMARY_SHOWN = 3


class ExchangeError(Exception):
    """A file could not be written or read; `message` is user-facing Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class TargetUnwritable(ExchangeError):
    """The export target cannot take the file: disk full, read-only, removed, missing folder."""

    def __init__(self, folder: Path, cause: str, file_name: str = "") -> None:
        what = f"，「{file_name}」未保存" if file_name else ""
        super().__init__(f"无法写入文件夹「{folder}」：{cause}{what}。原有文件保持不变。")
        self.folder = folder
        self.cause = cause


class UnreadableFile(ExchangeError):
    """The import file is empty, damaged, encrypted or not a spreadsheet at all."""


@dataclass(frozen=True)
class RowProblem:
    """One bad cell: `row` is the 1-based row number Excel shows, `column` the file's heading."""

    row: int
    column: str
    message: str

    def describe(self) -> str:
        where = f"第{self.row}行" if self.row > 0 else ""
        if self.column:
            where += f"「{self.column}」"
        # Domain sentences end in "。"; inside the one-line summary the "；" separates them.
        message = self.message.rstrip("。")
        return f"{where}：{message}" if where else message


class ImportRefused(ExchangeError):
    """The file was understood but its data cannot be taken as it is; nothing was imported."""

    def __init__(self, problems: Iterable[RowProblem], message: str | None = None, sheet: str = "") -> None:
        self.problems = list(problems)
        self.sheet = sheet
        super().__init__(message if message is not None else _summary(self.problems))


def _summary(problems: list[RowProblem]) -> str:
    shown = "；".join(p.describe() for p in problems[:_SUMMARY_SHOWN])
    return f"{shown}；共 {len(problems)} 处问题，未导入任何数据"
