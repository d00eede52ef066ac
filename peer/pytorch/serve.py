#!/usr/bin/env python3
"""The peer's side of `npm run bench -- --peer`: builds the benchmark model of bench_torch.py
(n qubits, n_D = n // 2 data, 2 layers of RY and RZ on every wire with a CNOT ring, RY(x_t)
encoding, readout Z on wire 0, T steps) on the fused engine, then times one forward pass or
one autograd gradient for every line it reads ("forward" or "grad") and answers with one JSON
line {"ms": ...}. The lab's bench alternates its own runs with these requests, so the two are
measured side by side on the same machine at the same moments.

    python3 serve.py --n 6 --T 50
"""
import argparse
import json
import sys
import time

import torch

from bench_torch import make_spec
from qrnn_fused import QRBFused


def main():
    ap = argparse.ArgumentParser(description="timed forward and gradient passes on request")
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--T", type=int, required=True)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    m = QRBFused(make_spec(a.n, a.T, a.layers))
    runs = {"forward": m.forward, "grad": m.grad_autograd}
    print(json.dumps({"ready": True, "torch": torch.__version__, "threads": torch.get_num_threads()}), flush=True)
    for line in sys.stdin:
        kind = line.strip()
        if kind not in runs:
            print(json.dumps({"error": f"unknown request {kind!r}"}), flush=True)
            continue
        t0 = time.perf_counter()
        runs[kind]()
        print(json.dumps({"ms": (time.perf_counter() - t0) * 1e3}), flush=True)


if __name__ == "__main__":
    main()
