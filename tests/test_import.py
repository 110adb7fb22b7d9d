import subprocess
import sys

HEAVY = ("torch", "sentence_transformers", "transformers", "onnxruntime", "language_tool_python")


def _imported(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    line = next(line for line in out.stdout.splitlines() if line.startswith("HEAVY:"))
    return [m for m in line[len("HEAVY:"):].split(",") if m]


def test_import_mtaudit_loads_no_model_library():
    assert _imported("import mtaudit") == []


def test_help_loads_no_model_library():
    code = "from mtaudit.cli import app\ntry:\n    app(['audit', '--help'])\nexcept SystemExit:\n    pass"
    assert _imported(code) == []
