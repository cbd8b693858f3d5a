"""The command line (DESIGN.md contract): headless sub-commands, one clear line on any error, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from officedesk import __version__

if TYPE_CHECKING:  # the commands import the services lazily: `officedesk --help` stays fast
    from officedesk.services.desk import Desk

COMMANDS = ("demo", "import", "export", "check", "stats", "backup", "restore")


def wants_cli(args: Sequence[str]) -> bool:
    return bool(args) and args[0] in (*COMMANDS, "-h", "--help", "--version")


SELF_TEST = "--self-test"


def wants_self_test(args: Sequence[str]) -> bool:
    """`officedesk --self-test`: app.py runs it (its window checks need Qt, which cli.py must not import)."""
    return list(args[:1]) == [SELF_TEST]


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


def _iso_week(text: str) -> tuple[date, date]:
    from officedesk.domain.duty_periods import iso_week

    try:
        return iso_week(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _parser() -> argparse.ArgumentParser:
    p = _OneLineParser(
        prog="officedesk",
        description="办公桌 OfficeDesk",
        epilog=f"officedesk {SELF_TEST}：程序自检（临时数据库，不动正式数据），逐项输出 OK / FAILED",
    )
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
    e.add_argument("kind", choices=("visits", "risks", "duty-table", "daily-report"))
    e.add_argument("--db", type=Path, required=True)
    e.add_argument("-o", "--output", type=Path, required=True)
    e.add_argument("--from", dest="date_from", type=_iso_date)
    e.add_argument("--to", dest="date_to", type=_iso_date)
    e.add_argument("--unmasked", action="store_true", help="write ID numbers and phones in full (audited)")
    e.add_argument("--as-of", dest="as_of", type=_iso_date, help="risks: the ledger as it stood that day")
    e.add_argument("--layout", help="risks: a named column layout")
    e.add_argument("--week", type=_iso_week, help="duty-table: an ISO week such as 2026-W48")
    e.add_argument("--by-week", dest="by_week", action="store_true",
                   help="duty-table: by week (按周汇总), a row per leader's week and one per holiday")  # fmt: skip
    e.add_argument("--date", type=_iso_date, help="daily-report: the report's day")

    c = sub.add_parser("check", help="integrity check; exit 1 if damaged")
    c.add_argument("--db", type=Path, required=True)

    b = sub.add_parser("backup", help="a verified copy of the database")
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("-o", "--output", type=Path, help="folder (default: the automatic backup folder, rotated)")

    r = sub.add_parser("restore", help="replace the database with a verified backup (the old file is kept)")
    r.add_argument("backup", type=Path)
    r.add_argument("--db", type=Path, required=True)

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
        with _write_lock(args):
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
        from officedesk.services.demo_service import load_demo, load_demo_duty, load_demo_risks

        if args.visits < 0 or args.risks < 0:
            raise CliError("--visits 和 --risks 不能为负数")
        desk = Desk.open(args.db)
        n = load_demo(desk, visits=args.visits, seed=args.seed)
        risks = load_demo_risks(desk, risks=args.risks, seed=args.seed) if args.risks > 0 else 0
        duty_days = load_demo_duty(desk)
        print(f"已生成示例数据：信访登记 {n} 件，隐患台账 {risks} 项，值班安排 {duty_days} 天：{args.db}")
        desk.close()
        return 0
    if args.command == "check":
        return _check(_existing_db(args.db))
    if args.command in ("backup", "restore"):
        return _backup_command(args)
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
        if args.command == "export" and args.kind in ("duty-table", "daily-report"):
            return _export_duty(desk, args)
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


def _export_duty(desk: Desk, args: argparse.Namespace) -> int:
    """`export duty-table` (a week or --from/--to; .pdf or .xlsx) and `export daily-report` (.pdf)."""
    out: Path = args.output
    suffix = out.suffix.lower()
    if args.kind == "daily-report":
        if args.date is None:
            raise CliError("请用 --date 指定报告日期，如 --date 2026-11-23")
        if suffix != ".pdf":
            raise CliError(f"值班日报告只能导出为 .pdf：{out.name}")
        desk.duty.save_report_pdf(args.date, out)
        print(f"已导出值班日报告 {args.date.isoformat()}：{out}")
        return 0
    if args.week is not None and (args.date_from or args.date_to):
        raise CliError("--week 与 --from/--to 只能选一种")
    if args.week is not None:
        first, last = args.week
    elif args.date_from and args.date_to:
        first, last = args.date_from, args.date_to
    else:
        raise CliError("请用 --week 指定周次（如 --week 2026-W48），或用 --from 和 --to 指定时段")
    if suffix == ".pdf":
        desk.duty.save_table_pdf(first, last, out, unmasked=args.unmasked, by_week=args.by_week)
    elif suffix == ".xlsx":
        desk.duty.save_table_xlsx(first, last, out, unmasked=args.unmasked, by_week=args.by_week)
    else:
        raise CliError(f"值班安排表只能导出为 .pdf 或 .xlsx：{out.name}")
    layout = "，按周汇总" if args.by_week else ""
    print(f"已导出值班安排表 {first.isoformat()}—{last.isoformat()}（{(last - first).days + 1} 天{layout}）：{out}")
    return 0


def _check(path: Path) -> int:
    from officedesk.services.backup_service import backups_for
    from officedesk.storage.database import open_database  # cli is a composition root, like app.py
    from officedesk.storage.errors import StorageUnavailable

    try:
        database = open_database(path, migrate=False)
        try:
            problems = database.integrity_problems()
        finally:
            database.close()
    except StorageUnavailable as e:
        if not e.damaged:
            raise
        problems = [str(e)]
    backups = backups_for(path)  # the newest backup: what a damaged file would be restored from
    if problems:
        hint = (f"；最新备份：{backups[0].path}（{backups[0].taken_at:%Y-%m-%d %H:%M}），"
                f"可用 officedesk restore 恢复" if backups else "；没有找到备份")  # fmt: skip
        print(f"officedesk: 数据库已损坏：{path}（{' '.join(problems[0].split())}）{hint}", file=sys.stderr)
        return 1
    print(f"数据库完好：{path}")
    print(f"最新备份：{backups[0].path}（{backups[0].taken_at:%Y-%m-%d %H:%M}）" if backups else "尚无备份")
    return 0


# Commands that write: refused while an OfficeDesk window holds the file, and locked while they run.
_WRITING = {"demo": "生成示例数据", "import": "导入", "restore": "恢复备份"}


def _write_lock(args: argparse.Namespace) -> contextlib.AbstractContextManager[object]:
    if args.command not in _WRITING:
        return contextlib.nullcontext()
    from officedesk.services.instance_lock import InstanceLock

    return InstanceLock.acquire(args.db, _WRITING[args.command])


def _backup_command(args: argparse.Namespace) -> int:
    from officedesk.services.backup_service import restore_database
    from officedesk.services.desk import Desk

    if args.command == "restore":
        print(restore_database(args.db, args.backup).describe())
        return 0
    desk = Desk.open(_existing_db(args.db))
    try:
        print(desk.backups.backup_now(args.output))
    finally:
        desk.close()
    return 0
