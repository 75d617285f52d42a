#!/usr/bin/env python3
"""Make README.md from nbs/index.ipynb (Quarto, which nbdev 2 normally uses for this, cannot be installed here).

Markdown cells are copied as they are; code cells become ```python blocks (their outputs are left out);
cells starting with `#| hide` are skipped. `--check` exits 1 when README.md differs from what would be made.
"""
import argparse, json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = '<!-- Made from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->\n\n'


def make(nb_path: Path = ROOT / 'nbs' / 'index.ipynb') -> str:
    cells = json.loads(nb_path.read_text(encoding='utf-8'))['cells']
    parts = []
    for c in cells:
        src = ''.join(c['source']).strip('\n')
        if not src: continue
        if c['cell_type'] == 'markdown': parts.append(src)
        elif c['cell_type'] == 'code':
            lines = src.splitlines()
            if any(l.strip().replace(' ', '') in ('#|hide', '#|include:false') for l in lines): continue
            lines = [l for l in lines if not l.lstrip().startswith('#|')]
            if lines: parts.append('```python\n' + '\n'.join(lines) + '\n```')
    return HEADER + '\n\n'.join(parts) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--check', action='store_true', help='do not write; exit 1 if README.md is out of date')
    a = ap.parse_args()
    want, readme = make(), ROOT / 'README.md'
    if a.check:
        if not readme.exists() or readme.read_text(encoding='utf-8') != want:
            print('README.md is out of date with nbs/index.ipynb: run `python tools/make_readme.py`')
            sys.exit(1)
        print('README.md matches nbs/index.ipynb')
    else:
        readme.write_text(want, encoding='utf-8')
        print(f'wrote {readme}')


if __name__ == '__main__':
    main()
