"""Run every notebook under nbs/ as a test, as `nbdev_test` would, one pytest test per notebook.

Cells flagged with settings.ini's `tst_flags` (notest, slow, gpu) are skipped; set TEST_FLAGS="slow" (space
separated) to run such cells too. torch is limited to the cores this process may use.
"""
import os
from pathlib import Path

import pytest
from nbdev.config import get_config
from nbdev.test import test_nb as run_notebook  # renamed so pytest does not collect it

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in (ROOT / 'nbs').rglob('*.ipynb')
             if not p.name.startswith('_') and '.ipynb_checkpoints' not in p.parts)


@pytest.mark.parametrize('nb', NBS, ids=lambda p: str(p.relative_to(ROOT / 'nbs')))
def test_notebook(nb):
    import torch
    from modularagent.core import set_threads
    set_threads()
    flags = set(get_config(path=ROOT).tst_flags.split()) - set(os.environ.get('TEST_FLAGS', '').split())
    ok, secs = run_notebook(nb, skip_flags=sorted(flags), showerr=True)
    assert ok, f'{nb.name} failed after {secs:.1f}s: the traceback is printed above (captured stderr)'


def test_found_notebooks():
    assert len(NBS) >= 1 and (ROOT / 'nbs' / 'index.ipynb') in NBS
