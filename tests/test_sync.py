"""The repository checks CI makes besides the notebooks' own tests.

1. Notebooks are clean: `nbdev_clean` changes nothing.
2. The library is in sync: `nbdev_export` changes or creates no file (untracked ones included).
3. README.md is what tools/make_readme.py makes from nbs/index.ipynb.
Both nbdev commands run in a throwaway copy of the tree, so the working tree is never modified by a test.
"""
import filecmp, shutil, subprocess, sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _project_files():
    "Tracked and untracked-but-not-ignored files (all files under nbs/ and modularagent/ without git)."
    try:
        out = subprocess.run(['git', 'ls-files', '-co', '--exclude-standard', '-z'], cwd=ROOT, check=True,
                             capture_output=True).stdout.decode().split('\0')
        return [f for f in out if f and (ROOT / f).is_file()]
    except (subprocess.CalledProcessError, FileNotFoundError):
        keep = ['settings.ini', 'setup.py', 'README.md']
        return keep + [str(p.relative_to(ROOT)) for d in ('nbs', 'modularagent') for p in (ROOT / d).rglob('*')
                       if p.is_file() and '__pycache__' not in p.parts]


@pytest.fixture(scope='module')
def processed(tmp_path_factory):
    "A copy of the project after nbdev_clean and nbdev_export."
    dst = tmp_path_factory.mktemp('sync')
    for f in _project_files():
        if f.startswith(('nbs/', 'modularagent/')) or f in ('settings.ini', 'setup.py', 'README.md'):
            (dst / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, dst / f)
    for cmd in ('nbdev_clean', 'nbdev_export'):
        r = subprocess.run([str(BIN / cmd)], cwd=dst, capture_output=True, text=True)
        assert r.returncode == 0, f'{cmd} failed:\n{r.stdout}\n{r.stderr}'
    return dst


def _diff(a: Path, b: Path, sub: str):
    "Files under `sub` that differ between trees a and b, or exist in only one of them."
    fa = {p.relative_to(a) for p in (a / sub).rglob('*') if p.is_file() and '__pycache__' not in p.parts}
    fb = {p.relative_to(b) for p in (b / sub).rglob('*') if p.is_file() and '__pycache__' not in p.parts}
    return sorted(str(p) for p in (fa ^ fb) | {p for p in fa & fb if not filecmp.cmp(a / p, b / p, shallow=False)})


def test_notebooks_clean(processed):
    changed = _diff(ROOT, processed, 'nbs')
    assert not changed, f'nbdev_clean changes {changed}: run `nbdev_clean` and commit the notebooks'


def test_library_in_sync(processed):
    tracked = set(_project_files())
    changed = [f for f in _diff(ROOT, processed, 'modularagent')
               if f in tracked or (processed / f).exists()]  # ignore untracked stray files only present here
    assert not changed, f'nbdev_export changes or creates {changed}: run `nbdev_export` and commit modularagent/'


def test_readme_matches_index():
    r = subprocess.run([sys.executable, str(ROOT / 'tools' / 'make_readme.py'), '--check'], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
