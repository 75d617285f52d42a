"""pytest set-up shared by the notebook and repository tests."""
import os

os.environ.setdefault('MUJOCO_GL', 'egl')
os.environ.setdefault('HF_HUB_OFFLINE', '1')
os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')
os.environ.setdefault('MPLBACKEND', 'Agg')
