"""The command line (DESIGN.md contract): headless sub-commands, one clear line on any error, never a traceback."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from officedesk import __version__

COMMANDS = ("demo", "import", "export", "check", "stats")


def wants_cli(args: Sequence[str]) -> bool:
    return bool(args) and args[0] in (*COMMANDS, "-h", "--help", "--version")


def gui_db_path(args: Sequence[str]) -> Path | None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", type=Path)
    known, _ = parser.parse_known_args(list(args))
    return known.db  # type: ignore[no-any-return]


class _OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line too (the contract: one clear line, no usage dump)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"officedesk: {message}（officedesk {self.prog.split(' ', 1)[-1]} --help 查看用法）\n")


class CliError(Exception):
    """A refusal: printed as one line, exit code 1 (2 for usage errors from argparse)."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def _parser() -> argparse.ArgumentParser:
    p = _OneLineParser(prog="officedesk", description="办公桌 OfficeDesk")
    p.add_argument("--version", action="version", version=f"officedesk {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_OneLineParser)

    d = sub.add_parser("demo", help="add realistic sample data")
    d.add_argument("--db", type=Path, required=True)
    d.add_argument("--visits", type=int, default=500)
    d.add_argument("--risks", type=int, default=0)
    d.add_argument("--seed", type=int, default=2026)

    i = sub.add_parser("import", help="import xlsx/xls/csv")
    i.add_argument("kind", choices=("visits", "risks", "duty"))
    i.add_argument("file", type=Path)
    i.add_argument("--db", type=Path, required=True)
    i.add_argument("--sheet")
    i.add_argument("--unit", default="", help="risks: the sending unit, when the sheet has no 填报单位 line")

    e = sub.add_parser("export", help="export to xlsx/csv/pdf")
    e.add_argument("kind", choices=("visits", "risks"))
    e.add_argument("--db", type=Path, required=True)
    e.add_argument("-o", "--output", type=Path, required=True)
    e.add_argument("--from", dest="date_from", type=_iso_date)
    e.add_argument("--to", dest="date_to", type=_iso_date)
    e.add_argument("--unmasked", action="store_true", help="write ID numbers and phones in full (audited)")
    e.add_argument("--as-of", dest="as_of", type=_iso_date, help="risks: the ledger as it stood that day")
    e.add_argument("--layout", help="risks: a named column layout")

    c = sub.add_parser("check", help="integrity check; exit 1 if damaged")
    c.add_argument("--db", type=Path, required=True)

    s = sub.add_parser("stats", help="counts of the register")
    s.add_argument("--db", type=Path, required=True)
    s.add_argument("--from", dest="date_from", type=_iso_date)
    s.add_argument("--to", dest="date_to", type=_iso_date)
    s.add_argument("--json", action="store_true")
    return p


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    from officedesk.services.errors import USER_ERRORS

    try:
        return int(_run(args))
    except CliError as e:
        print(f"officedesk: {e}", file=sys.stderr)
        return 1
    except USER_ERRORS as e:
        print(f"officedesk: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"officedesk: {e.strerror or e}：{e.filename or ''}", file=sys.stderr)
        return 1


def _existing_db(path: Path) -> Path:
    if not path.exists():
        raise CliError(f"数据库不存在：{path}")
    return path


def _run(args: argparse.Namespace) -> int:
    from officedesk.services.desk import Desk

    if args.command == "demo":
        from officedesk.services.demo_service import load_demo, load_demo_risks

        if args.visits < 0 or args.risks < 0:
            raise CliError("--visits 和 --risks 不能为负数")
        desk = Desk.open(args.db)
        n = load_demo(desk, visits=args.visits, seed=args.seed)
        risks = load_demo_risks(desk, risks=args.risks, seed=args.seed) if args.risks > 0 else 0
        print(f"已生成示例数据：信访登记 {n} 件，隐患台账 {risks} 项：{args.db}")
        desk.close()
        return 0
    if args.command == "check":
        return _check(_existing_db(args.db))
    desk = Desk.open(_existing_db(args.db) if args.command != "import" else args.db)
    try:
        if args.command == "import":
            if not args.file.exists():
                raise CliError(f"文件不存在：{args.file}")
            if args.kind == "risks":
                ledger_plan = desk.ledger_io.plan_import(args.file, args.sheet, unit=args.unit)
                added, updated = desk.ledger_io.commit_import(ledger_plan)
                print(f"已导入隐患台账：新增 {added} 项，更新 {updated} 项（{ledger_plan.sheet_name}）")
                return 0
            if args.kind == "duty":
                duty_plan = desk.duty.plan_import(args.file, args.sheet)
                n = desk.duty.commit_import(duty_plan)
                print(f"已导入值班安排 {n} 天（{duty_plan.sheet_name}）")
                return 0
            plan = desk.imports.plan(args.file, args.sheet)
            n = desk.imports.commit(plan)
            skipped = f"，{len(plan.already_present)} 件已存在未重复导入" if plan.already_present else ""
            print(f"已导入 {n} 件{skipped}（{plan.sheet_name}）")
            return 0
        if args.command == "export":
            from officedesk.domain.visits import VisitFilter

            try:
                if args.kind == "risks":
                    from officedesk.domain.risks import RiskFilter

                    rf = RiskFilter(found_from=args.date_from, found_to=args.date_to)
                    result = desk.ledger_io.export(args.output, rf, masked=not args.unmasked, layout=args.layout,
                                                  as_of=args.as_of)  # fmt: skip
                else:
                    f = VisitFilter(date_from=args.date_from, date_to=args.date_to)
                    result = desk.output.export(args.output, f, masked=not args.unmasked)
            except ValueError as e:
                raise CliError(str(e)) from e
            print(f"已导出 {result.rows} {'项' if args.kind == 'risks' else '件'}：{result.path}")
            return 0
        if args.command == "stats":
            from officedesk.services.register_stats import register_stats

            stats = register_stats(desk, args.date_from, args.date_to)
            if args.json:
                print(json.dumps(stats, ensure_ascii=False, indent=2))
            else:
                for key, value in stats.items():
                    print(f"{key}\t{value}")
            return 0
    finally:
        desk.close()
    raise CliError(f"未知命令：{args.command}")


def _check(path: Path) -> int:
    from officedesk.storage.database import open_database  # cli is a composition root, like app.py

    database = open_database(path, migrate=False)
    try:
        problems = database.integrity_problems()
    finally:
        database.close()
    if problems:
        print(f"officedesk: 数据库已损坏：{path}（{problems[0]}）", file=sys.stderr)
        return 1
    print(f"数据库完好：{path}")
    return 0
