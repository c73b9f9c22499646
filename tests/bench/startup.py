"""`make bench`: start-up time and memory of the kiosk next to Debian's Chromium.

Run it as ``.venv/bin/python -m tests.bench.startup [--runs N]`` (``make bench``
installs Chromium and Xvfb first). It prints one table, one JSON line with every
figure (for CI logs) and one verdict line per target of the issue:

* kiosk start ≤ 1500 ms on a 2-core machine;
* kiosk below Chromium on time, and on memory.

What is measured, per side (each figure is the median of N runs, min-max shown):

first frame
    Wall clock (``time.perf_counter``) from just before ``Popen`` until this
    harness has read the "first frame" line from the child's stderr.
    Kiosk: ``python -m kiosk --demo --windowed --exit-after-first-frame`` prints
    ``{"event": "first_frame", ...}`` once ``QQuickWindow.frameSwapped`` has fired
    for its attract screen; it runs headless with ``QT_QPA_PLATFORM=offscreen``
    (1920x1080 by default) and ``QT_QUICK_BACKEND=software``, and, when Xvfb is
    installed, a second time as a real X11 window (``QT_QPA_PLATFORM=xcb`` on an
    Xvfb 1920x1080 screen that this harness starts and stops).
    Chromium: ``/usr/bin/chromium --headless ... --screenshot`` of
    ``tests/bench/attract.html`` (the same attract content); its "first frame" is
    the ``N bytes written to file`` line it prints once the screenshot PNG is on
    disk. That is a proxy: it includes the read-back and PNG encoding of the
    frame (against Chromium), but no window or display connection at all (for
    Chromium) - on balance it favours Chromium slightly.
process exit
    Same clock, until the process has exited (Chromium: screenshot written and
    the browser shut down; kiosk: it exits right after its line).
peak RSS / peak PSS
    Every 10 ms (and once more the moment the first-frame line arrives) a
    sampler thread finds the child and all its descendants in /proc (same
    session, or a parent in the tree) and sums their VmRSS (from statm); the
    figure is the peak of that sum. RSS counts pages shared between processes
    once per process, which inflates a multi-process browser, so the fair figure,
    used by the memory verdict, is the peak of the summed Pss (shared pages
    divided among their users, from smaps_rollup). Reading smaps_rollup costs
    about 5 ms per Chromium process and holds its mmap lock - sampled every 10 ms
    it slowed Chromium's start by ~15 % - so PSS is taken in separate *memory
    runs* whose times are discarded; times and RSS come from the *timing runs*.
    The kiosk also reports the VmRSS it measured itself at its first frame.

Environment: every side runs on a private D-Bus session bus that this harness
starts and stops (a kiosk machine has one; without it Qt on X11 would spawn a
bus daemon inside the timed start and leave it behind), with no DISPLAY except
the Xvfb column's. The Xvfb column also uses the software scene graph (Xvfb
has no GPU), so it adds the X11 window path, not a GPU driver.

Honesty notes: the OS page cache is not dropped (that would need root tricks),
so these are *warm* starts: one run of each side is discarded as warm-up (its
time is shown, as the closest thing to a cold start), then N timing runs and N
memory runs follow, sides interleaved. The sampler and the stderr readers run
in this process and take a little CPU from the measured programs (both sides
alike); a 10 ms sampler can miss a spike shorter than that. PSS also depends on
what else runs: pages shared with an unrelated process (another Qt program, a
browser) are split with it, so run on a quiet machine. Children are pinned to
the first two CPUs by default (``--cpus``) so a bigger machine approximates the
2-core target. Benchmarks report, they do not gate: the exit status is 0 even
when a target is missed, but non-zero when a tool is missing or a run fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import select
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parents[2]
ATTRACT_HTML = Path(__file__).resolve().parent / "attract.html"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--window-size=1920,1080",
)
KIOSK_ARGS = ("--demo", "--windowed", "--exit-after-first-frame")
SCREEN = "1920x1080x24"
TARGET_START_MS = 1500.0
SAMPLE_INTERVAL_S = 0.010
DEFAULT_RUNS = 7
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_CPUS = 2
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024
INSTALL_HINT = "run `make bench` (it installs it from packaging/apt-bench.txt)"


class BenchError(Exception):
    """A tool is missing or a run failed; the message is shown to the user as is."""


# --------------------------------------------------------------------------- /proc


def read_stat(pid: int) -> tuple[int, int] | None:
    """Return (parent pid, session id) of a process, or None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and ")"; fields after it do not.
    fields = raw[raw.rfind(")") + 2 :].split()
    return int(fields[1]), int(fields[3])


def live_pids() -> set[int]:
    """Every process id currently in /proc."""
    return {int(name) for name in os.listdir("/proc") if name.isdigit()}


class ProcessTree:
    """Tracks a process and all its descendants, cheaply enough to poll every 10 ms.

    Processes that existed before the root was started can never be its
    descendants, so only process ids that appear later are looked at, each once:
    it is a member if its parent is a member or if it is in the session the root
    leads (children are started with a new session, which keeps descendants whose
    parent exited before they were seen).
    """

    def __init__(self, root: int, before: set[int]) -> None:
        self.root = root
        self.members: set[int] = set()
        self.others: set[int] = before - {root}

    def refresh(self) -> list[int]:
        """The live members of the tree now (empty once they have all exited)."""
        alive = live_pids()
        self.members &= alive
        self.others &= alive
        for pid in sorted(alive - self.members - self.others):
            stat = read_stat(pid)
            if stat is None:
                continue
            parent, session = stat
            if pid == self.root or session == self.root or parent in self.members:
                self.members.add(pid)
            else:
                self.others.add(pid)
        return sorted(self.members)


def rss_kib(pid: int) -> int:
    """Resident set size of one process in KiB (0 if gone or a zombie)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KIB
    except (OSError, IndexError, ValueError):
        return 0


def pss_kib(pid: int) -> int:
    """Proportional set size of one process in KiB (0 if gone or a zombie).

    Reading smaps_rollup walks the whole address space (about 5 ms per Chromium
    process, holding its mmap lock), which is why PSS is sampled in separate
    memory runs whose times are not used.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


# ------------------------------------------------------------------ child plumbing


@dataclass
class MemoryPeak:
    """Peaks of the summed memory of a process tree over its lifetime."""

    rss_kib: int = 0
    pss_kib: int = 0
    processes: int = 0
    samples: int = 0


class MemorySampler(threading.Thread):
    """Samples the summed RSS (and optionally PSS) of a process tree every 10 ms.

    ``sample_now`` asks for an extra sample at once; it is called the moment the
    first-frame line arrives, because the kiosk exits right after printing it and
    a regular tick could miss its last, largest, state.
    """

    def __init__(self, tree: ProcessTree, with_pss: bool) -> None:
        super().__init__(name=f"memory-sampler-{tree.root}", daemon=True)
        self.tree = tree
        self.with_pss = with_pss
        self.peak = MemoryPeak()
        self._stopping = threading.Event()
        self._wake = threading.Event()

    def run(self) -> None:
        """Sample until stopped or until the tree has no process left."""
        while not self._stopping.is_set():
            pids = self.tree.refresh()
            if not pids:
                return
            self._record(pids)
            self._wake.wait(SAMPLE_INTERVAL_S)
            self._wake.clear()

    def _record(self, pids: Sequence[int]) -> None:
        """Fold one sample of the tree into the peaks."""
        peak = self.peak
        peak.rss_kib = max(peak.rss_kib, sum(rss_kib(pid) for pid in pids))
        if self.with_pss:
            peak.pss_kib = max(peak.pss_kib, sum(pss_kib(pid) for pid in pids))
        peak.processes = max(peak.processes, len(pids))
        peak.samples += 1

    def sample_now(self) -> None:
        """Take the next sample without waiting for the tick."""
        self._wake.set()

    def stop(self) -> MemoryPeak:
        """Stop sampling and return the peaks."""
        self._stopping.set()
        self._wake.set()
        self.join(timeout=5)
        return self.peak


class LineReader(threading.Thread):
    """Reads a child's stderr line by line until a line ``matches``.

    The arrival time is stamped in this thread the moment the line is read, so it
    does not depend on when the main thread gets to look; ``on_match`` runs right
    then too. Later lines are read and dropped (a full pipe would block the child).
    """

    def __init__(
        self, stream: IO[bytes], matches: Callable[[str], bool], on_match: Callable[[], None]
    ) -> None:
        super().__init__(name="stderr-reader", daemon=True)
        self.stream = stream
        self.matches = matches
        self.on_match = on_match
        self.match: tuple[float, str] | None = None
        self.tail: deque[str] = deque(maxlen=25)
        self._settled = threading.Event()

    def run(self) -> None:
        """Read to the end of the stream, remembering the first matching line."""
        for raw in self.stream:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if self.match is None:
                self.tail.append(line)
                if self.matches(line):
                    self.match = (time.perf_counter(), line)
                    self.on_match()
                    self._settled.set()
        self._settled.set()

    def wait_for_match(self, deadline: float) -> tuple[float, str]:
        """Return (arrival time, line) of the first matching line.

        Raises TimeoutError at ``deadline`` (a perf_counter value) and EOFError if
        the child closed stderr (usually: it exited) without printing such a line.
        """
        if not self._settled.wait(max(0.0, deadline - time.perf_counter())):
            raise TimeoutError
        if self.match is None:
            raise EOFError
        return self.match

    def tail_text(self) -> str:
        """The last lines the child wrote to stderr, indented for an error message."""
        return "\n".join(f"    | {line}" for line in self.tail) or "    | (nothing)"


@dataclass
class ChildRun:
    """What one bounded run of a child process produced."""

    first_frame_ms: float
    exit_ms: float
    line: str
    memory: MemoryPeak


def kill_session(proc: subprocess.Popen[bytes]) -> None:
    """Kill the child and everything in the session it leads (it was started with one)."""
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


def kill_leftovers(tree: ProcessTree) -> None:
    """Kill descendants that left the child's session (daemons that called setsid)."""
    for pid in tree.refresh():
        with suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def run_child(
    label: str,
    cmd: Sequence[str],
    env: dict[str, str],
    matches: Callable[[str], bool],
    timeout_s: float,
    with_pss: bool,
) -> ChildRun:
    """Start ``cmd``, time it until a stderr line ``matches`` and until it exits.

    The child gets its own session, is sampled for memory while it runs, and is
    killed with its whole session when it overruns ``timeout_s``, when it fails,
    and in any case once it is done (so no helper process outlives the run).
    """
    before = live_pids()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stderr is not None
    sampler = MemorySampler(ProcessTree(proc.pid, before), with_pss)
    reader = LineReader(proc.stderr, matches, sampler.sample_now)
    sampler.start()
    reader.start()
    deadline = t0 + timeout_s
    try:
        try:
            t_line, line = reader.wait_for_match(deadline)
            returncode = proc.wait(timeout=max(0.1, deadline - time.perf_counter()))
            t_exit = time.perf_counter()
        except TimeoutError:
            raise BenchError(
                f"{label}: no first-frame line within {timeout_s:.0f} s; stderr ends with:\n"
                + reader.tail_text()
            ) from None
        except EOFError:
            with suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
            raise BenchError(
                f"{label}: exited with status {proc.returncode} before its first frame; "
                "stderr ends with:\n" + reader.tail_text()
            ) from None
        except subprocess.TimeoutExpired:
            raise BenchError(
                f"{label}: printed its first frame but did not exit within {timeout_s:.0f} s"
            ) from None
    finally:
        kill_session(proc)
        memory = sampler.stop()
        kill_leftovers(sampler.tree)
        reader.join(timeout=5)
        proc.stderr.close()
    if returncode != 0:
        raise BenchError(
            f"{label}: exited with status {returncode}; stderr ends with:\n" + reader.tail_text()
        )
    return ChildRun((t_line - t0) * 1000, (t_exit - t0) * 1000, line, memory)


# ------------------------------------------------------------------------- sides


@dataclass
class Sample:
    """The figures of one run of one side.

    In a timing run only RSS is sampled (cheap); in a memory run PSS is sampled
    too, which slows the child down, so only its ``peak_pss_kib`` is used.
    """

    first_frame_ms: float
    exit_ms: float
    peak_rss_kib: int
    peak_pss_kib: int
    processes: int
    self_ms: float | None = None
    self_rss_kib: int | None = None


def parse_first_frame(line: str) -> dict[str, Any] | None:
    """The kiosk's ``{"event": "first_frame", ...}`` line as a dict, else None."""
    text = line.strip()
    if not text.startswith("{"):
        return None
    try:
        event = json.loads(text)
    except json.JSONDecodeError:
        return None
    if isinstance(event, dict) and event.get("event") == "first_frame":
        return event
    return None


def base_env(bus: str | None) -> dict[str, str]:
    """This environment without any display, on the private session bus if there is one."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"):
        env.pop(name, None)
    if bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
    return env


def kiosk_env(
    base: dict[str, str], platform_name: str, display: str | None = None
) -> dict[str, str]:
    """Environment for the kiosk: a Qt platform plugin and the software scene graph."""
    env = dict(base)
    env["QT_QPA_PLATFORM"] = platform_name
    env["QT_QUICK_BACKEND"] = "software"
    if display is not None:
        env["DISPLAY"] = display
    return env


def number(value: object) -> float | None:
    """A JSON number as float; None for anything else (booleans included)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def run_kiosk(
    label: str, kiosk_cmd: Sequence[str], env: dict[str, str], timeout_s: float, with_pss: bool
) -> Sample:
    """One kiosk run: start to its first attract frame, its memory, its own figures."""
    run = run_child(
        label,
        [*kiosk_cmd, *KIOSK_ARGS],
        env,
        lambda line: parse_first_frame(line) is not None,
        timeout_s,
        with_pss,
    )
    event = parse_first_frame(run.line) or {}
    self_rss = number(event.get("rss_kib"))
    return Sample(
        first_frame_ms=run.first_frame_ms,
        exit_ms=run.exit_ms,
        peak_rss_kib=run.memory.rss_kib,
        peak_pss_kib=run.memory.pss_kib,
        processes=run.memory.processes,
        self_ms=number(event.get("ms_since_start")),
        self_rss_kib=None if self_rss is None else int(self_rss),
    )


def run_chromium(
    pin: Sequence[str], env: dict[str, str], timeout_s: float, with_pss: bool
) -> Sample:
    """One Chromium run: headless screenshot of attract.html with a fresh profile."""
    with tempfile.TemporaryDirectory(prefix="bench-chromium-", ignore_cleanup_errors=True) as tmp:
        shot = Path(tmp) / "shot.png"
        cmd = [
            *pin,
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp}/profile",
            f"--screenshot={shot}",
            ATTRACT_HTML.as_uri(),
        ]
        run = run_child(
            "chromium",
            cmd,
            env,
            lambda line: "bytes written to file" in line,
            timeout_s,
            with_pss,
        )
        if not shot.is_file() or shot.stat().st_size == 0:
            raise BenchError(f"chromium: exited 0 but wrote no screenshot at {shot}")
    return Sample(
        first_frame_ms=run.first_frame_ms,
        exit_ms=run.exit_ms,
        peak_rss_kib=run.memory.rss_kib,
        peak_pss_kib=run.memory.pss_kib,
        processes=run.memory.processes,
    )


@dataclass
class Side:
    """One column of the table: how to run it once, and the samples kept so far."""

    key: str
    title: str
    run: Callable[[bool], Sample]  # argument: with_pss (a memory run)
    warmup: list[Sample] = field(default_factory=list)
    timing: list[Sample] = field(default_factory=list)
    memory: list[Sample] = field(default_factory=list)


# ------------------------------------------------------------------- environment


def cpu_pin(cpus: int) -> list[str]:
    """A ``taskset`` prefix pinning children to the first ``cpus`` CPUs, or [].

    Pinning makes a bigger machine behave roughly like the 2-core target (Qt and
    Chromium size their thread pools from the affinity mask). No prefix when
    ``cpus`` is 0, when the machine has no more CPUs than that anyway, or when
    taskset (util-linux) is missing. taskset execs the command in place, so the
    process timed and sampled is the same; it adds about a millisecond.
    """
    allowed = sorted(os.sched_getaffinity(0))
    if cpus <= 0 or cpus >= len(allowed) or shutil.which("taskset") is None:
        return []
    return ["taskset", "-c", ",".join(str(cpu) for cpu in allowed[:cpus])]


def check_kiosk(kiosk_cmd: Sequence[str]) -> None:
    """Fail early, and clearly, if the kiosk cannot start or lacks the bench option."""
    cmd = [*kiosk_cmd, "--help"]
    try:
        done = subprocess.run(
            cmd,
            env=kiosk_env(base_env(None), "offscreen"),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=DEFAULT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BenchError(f"kiosk not runnable: {shlex.join(cmd)}: {error}") from None
    if done.returncode != 0:
        raise BenchError(
            f"kiosk not runnable: `{shlex.join(cmd)}` exited {done.returncode}:\n"
            + (done.stderr or done.stdout).strip()[-2000:]
        )
    if "--exit-after-first-frame" not in done.stdout + done.stderr:
        raise BenchError("kiosk has no --exit-after-first-frame option (see its --help)")


def chromium_version() -> str:
    """Check that Debian's Chromium is installed and return its version line."""
    if not os.access(CHROMIUM, os.X_OK):
        raise BenchError(f"chromium not installed ({CHROMIUM} missing): {INSTALL_HINT}")
    if not ATTRACT_HTML.is_file():
        raise BenchError(f"missing {ATTRACT_HTML}")
    try:
        done = subprocess.run(
            [CHROMIUM, "--version"],
            capture_output=True,
            text=True,
            timeout=DEFAULT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BenchError(f"chromium does not run: {error}") from None
    if done.returncode != 0:
        raise BenchError(f"chromium does not run: {done.stderr.strip()[-2000:]}")
    return done.stdout.strip()


@contextmanager
def session_bus() -> Iterator[str | None]:
    """Run a private D-Bus session bus for the block; yield its address, or None.

    A kiosk machine has a session bus. Without one, Qt on X11 auto-launches a
    bus daemon (``dbus-launch --autolaunch``) inside the timed start and leaves it
    running; with one, every side talks to the same, real, bus. The daemon stays
    in the foreground as this process's child and is stopped on the way out.
    """
    if shutil.which("dbus-daemon") is None:
        yield None
        return
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert bus.stdout is not None
    try:
        ready, _, _ = select.select([bus.stdout], [], [], 10)
        address = bus.stdout.readline().decode().strip() if ready else ""
        if not address:
            raise BenchError("dbus-daemon did not start (no bus address within 10 s)")
        yield address
    finally:
        stop(bus)


def stop(server: subprocess.Popen[bytes]) -> None:
    """Terminate a helper server this harness started; kill it if it lingers."""
    server.terminate()
    try:
        server.wait(timeout=5)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=5)
    if server.stdout is not None:
        server.stdout.close()


@contextmanager
def xvfb_display(enabled: bool) -> Iterator[str | None]:
    """Run an Xvfb 1920x1080 screen for the block; yield its DISPLAY, or None.

    Xvfb picks a free display number itself (``-displayfd``) and reports it on a
    pipe, so this never collides with a running X server. Yields None when Xvfb
    is not installed or not wanted; Xvfb is stopped on the way out, errors too.
    """
    if not enabled or shutil.which("Xvfb") is None:
        yield None
        return
    read_end, write_end = os.pipe()
    try:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    finally:
        os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 10)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number.isdigit():
            raise BenchError("Xvfb did not start (no display number within 10 s)")
        yield f":{number}"
    finally:
        os.close(read_end)
        stop(server)


# ---------------------------------------------------------------------- reporting


def stats(values: Sequence[float]) -> dict[str, float] | None:
    """Median, min and max of the values (None when there are none)."""
    if not values:
        return None
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
    }


def side_figures(side: Side) -> dict[str, Any]:
    """All figures of one side as a JSON-ready dict (times in ms, memory in KiB).

    Everything comes from the timing runs except ``peak_pss_kib`` (memory runs)
    and ``warmup_first_frame_ms``: the discarded first run, the closest this
    harness gets to a cold start (shown for information only).
    """
    timing = side.timing
    self_ms = [s.self_ms for s in timing if s.self_ms is not None]
    self_rss = [float(s.self_rss_kib) for s in timing if s.self_rss_kib is not None]
    return {
        "first_frame_ms": stats([s.first_frame_ms for s in timing]),
        "warmup_first_frame_ms": stats([s.first_frame_ms for s in side.warmup]),
        "exit_ms": stats([s.exit_ms for s in timing]),
        "self_reported_ms": stats(self_ms),
        "self_reported_rss_kib": stats(self_rss),
        "peak_rss_kib": stats([float(s.peak_rss_kib) for s in timing]),
        "peak_pss_kib": stats([float(s.peak_pss_kib) for s in side.memory]),
        "processes": max((s.processes for s in timing), default=0),
        "first_frame_ms_runs": [round(s.first_frame_ms, 1) for s in timing],
    }


def cell(figure: dict[str, float] | None, scale: float = 1.0, digits: int = 0) -> str:
    """``median (min-max)`` of a figure divided by ``scale``; "n/a" if absent."""
    if figure is None:
        return "n/a"
    low, mid, high = (figure[k] / scale for k in ("min", "median", "max"))
    return f"{mid:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def first(figure: dict[str, float] | None) -> str:
    """A single-run figure (its median is the value), or "n/a"."""
    return "n/a" if figure is None else f"{figure['median']:.0f}"


def table(titles: Sequence[str], figures: Sequence[dict[str, Any]]) -> str:
    """The side-by-side table: one row per metric, one column per side."""
    mib = 1024.0
    rows: list[tuple[str, list[str]]] = [
        ("first frame, ms", [cell(f["first_frame_ms"]) for f in figures]),
        ("process exit, ms", [cell(f["exit_ms"]) for f in figures]),
        ("warm-up run (discarded), ms", [first(f["warmup_first_frame_ms"]) for f in figures]),
        ("self-reported start, ms", [cell(f["self_reported_ms"]) for f in figures]),
        ("self-reported RSS, MiB", [cell(f["self_reported_rss_kib"], mib, 1) for f in figures]),
        ("peak RSS (sum), MiB", [cell(f["peak_rss_kib"], mib, 1) for f in figures]),
        ("peak PSS (sum), MiB", [cell(f["peak_pss_kib"], mib, 1) for f in figures]),
        ("processes (max)", [str(f["processes"]) for f in figures]),
    ]
    head = max(len(name) for name, _ in rows)
    widths = [
        max(len(title), *(len(values[i]) for _, values in rows)) for i, title in enumerate(titles)
    ]
    lines = [align(" " * head, titles, widths)]
    lines.extend(align(name.ljust(head), values, widths) for name, values in rows)
    return "\n".join(lines)


def align(first: str, cells: Sequence[str], widths: Sequence[int]) -> str:
    """One table line: the row name, then each cell right-aligned in its column."""
    return "  ".join([first, *(c.rjust(w) for c, w in zip(cells, widths, strict=True))])


def pass_fail(ok: bool) -> str:
    """The word for a verdict."""
    return "PASS" if ok else "FAIL"


def verdicts(sides: Sequence[Side], figures: dict[str, dict[str, Any]]) -> list[str]:
    """One PASS/FAIL line per target and kiosk column (medians; PSS for memory)."""
    chromium = figures["chromium_headless"]
    their_ms = chromium["first_frame_ms"]["median"]
    their_pss = chromium["peak_pss_kib"]["median"] / 1024
    their_rss = chromium["peak_rss_kib"]["median"] / 1024
    lines: list[str] = []
    for side in sides:
        if not side.key.startswith("kiosk"):
            continue
        mine = figures[side.key]
        ms = mine["first_frame_ms"]["median"]
        cold = mine["warmup_first_frame_ms"]["median"]
        pss = mine["peak_pss_kib"]["median"] / 1024
        rss = mine["peak_rss_kib"]["median"] / 1024
        lines += [
            f"kiosk start ≤ {TARGET_START_MS:.0f} ms [{side.title}]: "
            f"{pass_fail(ms <= TARGET_START_MS)} ({ms:.0f} ms warm; first run {cold:.0f} ms)",
            f"kiosk below chromium on time [{side.title}]: "
            f"{pass_fail(ms < their_ms)} ({ms:.0f} ms vs {their_ms:.0f} ms)",
            f"kiosk below chromium on memory (PSS) [{side.title}]: "
            f"{pass_fail(pss < their_pss)} ({pss:.1f} MiB vs {their_pss:.1f} MiB; "
            f"RSS {rss:.1f} vs {their_rss:.1f} MiB)",
        ]
    return lines


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options (all optional)."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.startup",
        description="Kiosk vs Chromium: start to first attract frame, and memory.",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        help=f"timing runs and memory runs per side, after one warm-up (default {DEFAULT_RUNS})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        help=f"seconds allowed per run (default {DEFAULT_TIMEOUT_S:.0f})",
    )
    parser.add_argument(
        "--cpus",
        type=int,
        default=DEFAULT_CPUS,
        help=f"pin children to this many CPUs, 0 = no pinning (default {DEFAULT_CPUS})",
    )
    parser.add_argument("--no-xvfb", action="store_true", help="skip the kiosk-on-Xvfb column")
    parser.add_argument(
        "--kiosk-cmd",
        default=None,
        help="command that starts the kiosk (default: this Python with -m kiosk)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def build_sides(
    kiosk_cmd: Sequence[str],
    pin: Sequence[str],
    display: str | None,
    bus: str | None,
    timeout_s: float,
) -> list[Side]:
    """The columns to measure: kiosk offscreen, kiosk on Xvfb (if any), Chromium."""
    cmd = [*pin, *kiosk_cmd]
    base = base_env(bus)
    offscreen = kiosk_env(base, "offscreen")
    sides = [
        Side(
            "kiosk_offscreen",
            "kiosk offscreen",
            lambda pss: run_kiosk("kiosk (offscreen)", cmd, offscreen, timeout_s, pss),
        )
    ]
    if display is not None:
        xcb = kiosk_env(base, "xcb", display)
        sides.append(
            Side(
                "kiosk_xvfb",
                "kiosk Xvfb",
                lambda pss: run_kiosk("kiosk (Xvfb)", cmd, xcb, timeout_s, pss),
            )
        )
    sides.append(
        Side(
            "chromium_headless",
            "chromium headless",
            lambda pss: run_chromium(pin, base, timeout_s, pss),
        )
    )
    return sides


def measure(sides: Sequence[Side], runs: int) -> None:
    """Run every side once to warm up, then ``runs`` timing and ``runs`` memory runs.

    Sides are interleaved within each round so that slow drifts of the machine
    (thermal, background jobs) affect every column alike.
    """
    plan: list[tuple[str, bool | None]] = [("warm-up", None)]
    plan += [(f"timing {n}/{runs}", False) for n in range(1, runs + 1)]
    plan += [(f"memory {n}/{runs}", True) for n in range(1, runs + 1)]
    for name, with_pss in plan:
        results = []
        for side in sides:
            sample = side.run(bool(with_pss))
            if with_pss is None:
                side.warmup.append(sample)
                results.append(f"{side.title} {sample.first_frame_ms:.0f} ms")
            elif with_pss:
                side.memory.append(sample)
                results.append(f"{side.title} {sample.peak_pss_kib / 1024:.1f} MiB PSS")
            else:
                side.timing.append(sample)
                results.append(f"{side.title} {sample.first_frame_ms:.0f} ms")
        print(f"  {name}: " + ", ".join(results), file=sys.stderr, flush=True)


def report(sides: Sequence[Side], runs: int, setup: dict[str, Any]) -> None:
    """Print the table, the JSON line and the verdicts to stdout."""
    figures = {side.key: side_figures(side) for side in sides}
    print()
    print(
        f"Median (min-max) of {runs} warm runs after 1 warm-up; {setup['cpus']} CPUs"
        + (f" (children pinned to {setup['pinned_cpus']})" if setup["pinned_cpus"] else "")
        + "; PSS from separate memory runs"
    )
    print(table([side.title for side in sides], list(figures.values())))
    print()
    record = {"bench": "startup", "runs": runs, **setup, "results": figures}
    print(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    print()
    for line in verdicts(sides, figures):
        print(line)
    if runs < 5:
        print(f"note: only {runs} runs; the issue asks for the median of at least 5")


def main(argv: Sequence[str] | None = None) -> int:
    """Check the tools, measure, report; return the exit status (0 unless a run failed)."""
    args = parse_args(argv)
    kiosk_cmd = shlex.split(args.kiosk_cmd) if args.kiosk_cmd else [sys.executable, "-m", "kiosk"]
    try:
        version = chromium_version()
        check_kiosk(kiosk_cmd)
        pin = cpu_pin(args.cpus)
        with session_bus() as bus, xvfb_display(not args.no_xvfb) as display:
            setup: dict[str, Any] = {
                "warmup_runs": 1,
                "page_cache": "warm",
                "cpus": len(os.sched_getaffinity(0)),
                "pinned_cpus": pin[-1] if pin else None,
                "xvfb": display is not None,
                "session_bus": bus is not None,
                "machine": platform.machine(),
                "kernel": platform.release(),
                "chromium": version,
                "target_start_ms": TARGET_START_MS,
            }
            print(f"bench: {json.dumps(setup, ensure_ascii=False)}", file=sys.stderr, flush=True)
            sides = build_sides(kiosk_cmd, pin, display, bus, args.timeout)
            measure(sides, args.runs)
    except BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench interrupted", file=sys.stderr)
        return 130
    report(sides, args.runs, setup)
    return 0


if __name__ == "__main__":
    sys.exit(main())
