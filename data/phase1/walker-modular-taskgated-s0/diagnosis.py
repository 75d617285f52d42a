# The ad-hoc check behind NOTE.md, run at commit c648129 (whose predict_e took the task gates):
#   git checkout c648129 -- modularagent && python data/phase1/walker-modular-taskgated-s0/diagnosis.py data/phase1/walker-modular-s0
# (the run folder was data/phase1/walker-modular-s0 then). Its output is diagnosis.json beside this file.
import json, sys, numpy as np, torch
from pathlib import Path
from modularagent.joint_loss import load_pretrained
from modularagent.behavior import load_policy
from modularagent.rssm import imagine
from modularagent.envs import make_env
from modularagent.evaluation import Filter
from modularagent.vlm import dataset_vlm
torch.set_num_threads(1); torch.manual_seed(0)
run = Path(sys.argv[1]); task = 'walker_stand'
m = load_pretrained(run).eval(); actor, _ = load_policy(run/'behavior'/task); _, gates = m.route([task])
rec = json.loads((run/'run.json').read_text()); filt = Filter(m, task, dataset_vlm(rec['data']))
env = make_env(task, seed=1000); ob = env.reset(); a = np.zeros(env.act_dim, np.float32); feats = []; frames = []; acts = []
with torch.no_grad():
    while not ob['is_last']:
        feats.append(filt.observe(ob['observation'], a)); frames.append(ob['observation'])
        a = actor(feats[-1], sample=False)[0].numpy().astype(np.float32); acts.append(a); ob = env.step(a)
    F_ = torch.cat(feats); D = m.wm.rssm.deter; A = torch.as_tensor(np.stack(acts))
    null = m.adapt(m.tamf.null)
    _, gx = m.route(['explore']); _, gw = m.route(['walker_walk'])
    fuses = dict(predicted_e=m.imagine_fuse(gates),
                 pred_e_explore_gates=lambda h, s, t: m.fuse(m.predict_e(h, s, gx, null), h, s, gates),
                 pred_e_walk_gates=lambda h, s, t: m.fuse(m.predict_e(h, s, gw, null), h, s, gates),
                 null_e=lambda h, s, t: m.fuse(null.expand(len(h), -1), h, s, gates, adapted=True))
    for t0 in (50,):
        h0, s0 = F_[t0:t0+1, :D].expand(8, -1), F_[t0:t0+1, D:].expand(8, -1)
        for name, fu in fuses.items():
            # the policy's own actions in imagination, and the real actions it took (open loop)
            for an, acts_ in (('policy', lambda x: actor(x, sample=False)), ('real actions', A[t0:t0+32][None].expand(8, -1, -1))):
                im = imagine(m.wm.rssm, (h0, s0), acts_, 32, fuse=fu)
                r = m.reward(im['h'], im['s'], task).mean(0)
                print(f"t0={t0} {name:12s} {an:13s} eq10 per 8 steps {[round(float(x), 3) for x in r.reshape(4, 8).mean(1)]}")
        rr = m.reward(F_[None, t0:t0+32, :D], F_[None, t0:t0+32, D:], task)[0]
        print(f"t0={t0} real posterior states       eq10 per 8 steps {[round(float(x), 3) for x in rr.reshape(4, 8).mean(1)]}")
