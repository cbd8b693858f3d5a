"""Start-up probe: a child process that builds the window the way the app does, shows it, and reports.

Run by bench_register.py when `python -m officedesk` does not (yet) honour OFFICEDESK_EXIT_AFTER_SHOW.
Prints one JSON line: ms from probe start (and from process start, /proc, 10 ms resolution) to the shown
window, the split of that time, and the peak RSS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_probe.py PATH.db
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402  (the clock starts before anything else is imported)
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def _process_age_s() -> float | None:
    """Seconds since this process started (Linux /proc; jiffy resolution), or None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def main(db_path: str) -> int:
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks[name] = round((time.perf_counter() - T0) * 1000, 1)

    from PySide6.QtWidgets import QApplication

    mark("import_qt")
    app = QApplication([sys.argv[0]])
    try:  # font, names and translators exactly as run_gui() sets them up
        from officedesk.ui.application import configure

        configure(app)
        setup = "application.configure"
    except ImportError:
        from officedesk.ui.i18n import install_translators

        install_translators(app)
        setup = "i18n.install_translators"
    mark("qapplication")
    from officedesk.services.desk import Desk

    desk = Desk.open(db_path)
    mark("desk_open")
    from officedesk.ui import main_window

    mark("import_window")
    if hasattr(main_window, "app_icon"):
        app.setWindowIcon(main_window.app_icon())
    window = main_window.MainWindow(desk)
    mark("window_built")
    window.show()
    app.processEvents()
    mark("shown")
    age = _process_age_s()
    shown_ms = marks["shown"]
    result = {
        "shown_ms": shown_ms,
        "since_process_start_ms": round(age * 1000, 1) if age is not None else None,
        "spawn_to_shown_ms": _since_spawn_ms(),
        "marks": marks,
        "visits_in_model": window.register_view.model.rowCount() if hasattr(window, "register_view") else None,
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "setup": setup,
    }
    print(json.dumps(result), flush=True)
    window.close()
    desk.close()
    return 0


def _since_spawn_ms() -> float | None:
    """ms since the parent's time stamp just before it spawned this process (OFFICEDESK_BENCH_SPAWNED)."""
    spawned = os.environ.get("OFFICEDESK_BENCH_SPAWNED")
    if not spawned:
        return None
    return round((time.time() - float(spawned)) * 1000, 1)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: startup_probe.py PATH.db", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1]))
