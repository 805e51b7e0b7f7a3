"""The hub's layers (pyproject.toml ``[tool.importlinter]``, docs/architecture.md) hold,
and the check fails when an import points up."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(cwd):
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_tree(target):
    """The hub's Python sources and import-linter configuration in ``target``."""
    for package in ("hub", "search"):
        shutil.copytree(
            ROOT / package,
            target / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.po", "*.mo", "migrations"),
        )
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")


def test_the_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_upward_import_breaks_the_layers(tmp_path):
    copy_tree(tmp_path)
    # The base layer importing a content app: an arrow pointing up.
    (tmp_path / "hub" / "core" / "upward.py").write_text("import hub.stories.models\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "Layers only point down BROKEN" in result.stdout
    assert "hub.core.upward -> hub.stories.models" in result.stdout


def test_two_content_apps_importing_each_other_break_the_contracts(tmp_path):
    copy_tree(tmp_path)
    (tmp_path / "hub" / "stories" / "cross.py").write_text("import hub.commitments.models\n")
    (tmp_path / "hub" / "commitments" / "cross.py").write_text("import hub.stories.models\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "Layers only point down BROKEN" in result.stdout
    assert "No import cycles between the hub's packages BROKEN" in result.stdout
