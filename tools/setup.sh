#!/usr/bin/env bash
# Create (or refresh) the project's virtual environment in .venv and make headless MuJoCo rendering work.
# Sourced by tools/main.sh and tools/test.sh; safe to run again (it re-installs only when settings.ini or
# setup.py changed). Never installs a CUDA build of torch: torch==2.13.0 is installed first, from the CPU wheel.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
export MUJOCO_GL="${MUJOCO_GL:-egl}" HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.modularagent-installed"
want="$(cat "$ROOT/settings.ini" "$ROOT/setup.py" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[setup] installing dependencies (torch 2.13.0 CPU wheel first, then the project in editable mode)"
  "$VENV/bin/python" -m pip install -q --upgrade pip setuptools wheel
  "$VENV/bin/python" -m pip install -q "torch==2.13.0"
  "$VENV/bin/python" -m pip install -q -e "$ROOT[dev]"
  if "$VENV/bin/python" -c "import torch,sys; sys.exit(0 if torch.version.cuda else 1)"; then
    echo "[setup] WARNING: a CUDA build of torch was installed; this project expects the CPU wheel here." >&2
  fi
  echo "$want" > "$stamp"
fi

# Headless rendering: MuJoCo through EGL needs libEGL and a Mesa driver.
if ! "$VENV/bin/python" - <<'PYEOF' >/dev/null 2>&1
import mujoco
m = mujoco.MjModel.from_xml_string('<mujoco><worldbody><geom size="1"/></worldbody></mujoco>')
r = mujoco.Renderer(m, 8, 8); d = mujoco.MjData(m); r.update_scene(d); r.render()
PYEOF
then
  echo "[setup] headless MuJoCo rendering ($MUJOCO_GL) does not work yet; installing libegl1 libgl1-mesa-dri"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libegl1 libgl1-mesa-dri) >/dev/null \
      || { echo "[setup] ERROR: apt-get could not install libegl1 libgl1-mesa-dri; install them (or libosmesa6 and set MUJOCO_GL=osmesa) and re-run." >&2; exit 1; }
  else
    echo "[setup] ERROR: cannot install the GL libraries (need root and apt-get). Ask an administrator for: apt-get install libegl1 libgl1-mesa-dri (or libosmesa6 with MUJOCO_GL=osmesa)." >&2
    exit 1
  fi
fi
export PATH="$VENV/bin:$PATH"
