"""The engine never imports Qt or the workbench: import direction is one way, workbench -> engine."""
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN_PREFIXES = ("PySide6", "shiboken6", "pyqtgraph", "superqt", "qtpy", "PyQt", "workbench")
# Found without importing them, so the test covers whatever engine modules exist.
ENGINE_MODULES = sorted(f"engine.{m.name}" for m in pkgutil.iter_modules([str(REPO / "engine")]))

# Each import runs in a fresh interpreter so modules loaded by other tests cannot hide a leak,
# and a leak is pinned on the module that caused it.
PROBE = """
import importlib, json, sys
try:
    importlib.import_module(sys.argv[1])
    missing = None
except ModuleNotFoundError as exc:
    if not (exc.name or "").startswith("engine."):
        raise
    missing = exc.name
print(json.dumps({"missing": missing, "loaded": sorted(sys.modules)}))
"""


def import_in_fresh_interpreter(module: str) -> dict:
    pythonpath = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", PROBE, module], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": pythonpath}, timeout=240)
    assert done.returncode == 0, f"importing {module} failed:\n{done.stderr}"
    return json.loads(done.stdout.splitlines()[-1])


def forbidden(loaded: list[str]) -> list[str]:
    return [name for name in loaded if name.split(".")[0].startswith(FORBIDDEN_PREFIXES)]


def test_the_known_engine_modules_are_discovered():
    assert {"engine.spec", "engine.datasets"} <= set(ENGINE_MODULES)


@pytest.mark.parametrize("module", ["engine"] + ENGINE_MODULES)
def test_engine_module_loads_no_qt_and_no_workbench(module):
    result = import_in_fresh_interpreter(module)
    if result["missing"]:
        pytest.skip(f"{module} imports {result['missing']}, which is not written yet")
    assert module in result["loaded"]
    assert forbidden(result["loaded"]) == []


def test_the_check_flags_a_module_that_imports_the_workbench():
    # guards the probe itself: the same check must see a forbidden import when there is one
    result = import_in_fresh_interpreter("workbench.cli")
    assert "workbench" in forbidden(result["loaded"])
