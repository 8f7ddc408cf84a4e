"""Load on `wiretrace serve`: latency and throughput of the API under a bounded load.

Starts `wiretrace serve --workers 2 --allow-add` on a free loopback port over a fresh store
(tests/data/corpus), then a few client threads send REQUESTS requests in all (half
`POST /api/compare` with two ~800-word articles, half `GET /api/families/{id}`), for at
most MAX_SECONDS, while another thread adds batches of new articles through the API with
the token. Prints p50/p99 latency and requests/s per endpoint, the error count, and
checks that every article the API said it added is in the store.

    .venv/bin/python bench/serve.py [--requests 200] [--clients 4] [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CORPUS = REPO / "tests" / "data" / "corpus"
TOKEN = "bench-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _body(name: str) -> str:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    return rest if first.lstrip().startswith("date ") else text


def long_article(names: list[str], words: int = 800) -> str:
    """About ``words`` words: the example bodies in turn, repeated as needed."""
    parts: list[str] = []
    n = 0
    k = 0
    while n < words:
        body = _body(names[k % len(names)])
        parts.append(body)
        n += len(body.split())
        k += 1
    return "\n".join(parts)


def new_article(k: int, rng: random.Random) -> dict[str, str]:
    """A distinct small article for the add batch."""
    places = ["Arden", "Belmor", "Corvel", "Dunmere", "Eskby", "Farrow", "Galt", "Hollin"]
    things = ["bridge", "school", "clinic", "harbour", "library", "rail depot", "market"]
    place, thing = rng.choice(places), rng.choice(things)
    n1, n2, n3 = rng.randint(2, 900), rng.randint(10, 99), rng.randint(1000, 9999)
    text = (
        f"Officials in {place} said on Monday that the new {thing} number {k} would open "
        f"after {n2} months of work costing {n3} thousand.\n"
        f"About {n1} residents attended the ceremony, organisers said, and bench run {k} "
        f"recorded the event.\nThe council of {place} will review the {thing} budget "
        f"again in {n2 % 12 + 1} months, a spokesperson for item {k} added."
    )
    return {"text": text, "title": f"{place} opens {thing} {k}", "id": f"bench-{k}"}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--add-batches", type=int, default=10)
    ap.add_argument("--batch-size", type=int, default=10)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="wiretrace-bench-"))
    store = tmp / "w.db"
    from wiretrace.engine.embedded import Store

    with Store(store, embeddings=False) as st:
        st.add([CORPUS])
        initial = len(st)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "WIRETRACE_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "wiretrace.cli", "serve", "--store", str(store)]
    cmd += ["--port", str(port), "--workers", str(args.workers), "--allow-add"]
    log = open(tmp / "server.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        t0 = time.monotonic()
        with httpx.Client(base_url=base, timeout=120) as c:
            while True:
                try:
                    if c.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() - t0 > 180:
                    print((tmp / "server.log").read_text()[-3000:], file=sys.stderr)
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
            startup = time.monotonic() - t0
            # warm both workers' models and the families cache before timing
            fam_id = c.get("/api/families").json()["families"][0]["id"]
        first = long_article(["wire_source.txt", "independent_report.txt", "light_edit.txt"])
        second = long_article(["rewrite_copy.txt", "partial_reuse.txt", "light_edit.txt"])
        payload = {"first": {"text": first}, "second": {"text": second}}
        print(
            f"server up in {startup:.1f} s ({args.workers} workers); articles of "
            f"{len(first.split())} and {len(second.split())} words; family {fam_id}"
        )

        lat: dict[str, list[float]] = {"compare": [], "family": []}
        errors: dict[str, list[str]] = {"compare": [], "family": [], "add": []}
        lock = threading.Lock()
        counter = iter(range(args.requests))
        deadline = time.monotonic() + args.seconds

        def client() -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                while time.monotonic() < deadline:
                    with lock:
                        k = next(counter, None)
                    if k is None:
                        return
                    kind = "compare" if k % 2 == 0 else "family"
                    t = time.perf_counter()
                    try:
                        if kind == "compare":
                            r = c.post("/api/compare", json=payload)
                        else:
                            r = c.get(f"/api/families/{fam_id}")
                        ok = r.status_code == 200
                        why = f"{r.status_code} {r.text[:120]}"
                    except httpx.HTTPError as exc:
                        ok, why = False, repr(exc)
                    dt = time.perf_counter() - t
                    with lock:
                        (lat[kind] if ok else errors[kind]).append(dt if ok else why)  # type: ignore[arg-type]

        added: list[str] = []

        def adder() -> None:
            rng = random.Random(7)
            with httpx.Client(base_url=base, timeout=120) as c:
                for b in range(args.add_batches):
                    batch = [
                        new_article(b * args.batch_size + i, rng) for i in range(args.batch_size)
                    ]
                    try:
                        r = c.post(
                            "/api/articles",
                            json=batch,
                            headers={"Authorization": f"Bearer {TOKEN}"},
                        )
                        if r.status_code != 201:
                            errors["add"].append(f"{r.status_code} {r.text[:120]}")
                            continue
                        added.extend(r.json()["added"])
                        errors["add"].extend(str(f) for f in r.json()["failed"])
                    except httpx.HTTPError as exc:
                        errors["add"].append(repr(exc))

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        threads.append(threading.Thread(target=adder))
        start = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.monotonic() - start

        print(f"{sum(map(len, lat.values()))} requests in {wall:.1f} s, {args.clients} clients")
        for kind, label in (
            ("compare", "POST /api/compare"),
            ("family", f"GET /api/families/{fam_id}"),
        ):
            v = lat[kind]
            print(
                f"  {label:<26} n={len(v):4d}  p50 {pct(v, 50) * 1000:7.1f} ms  "
                f"p99 {pct(v, 99) * 1000:7.1f} ms  {len(v) / wall:6.2f} req/s  "
                f"errors {len(errors[kind])}"
            )
        with httpx.Client(base_url=base, timeout=120) as c:
            total = c.get("/api/health").json()["articles"]
            missing = [i for i in added if c.get(f"/api/articles/{i}").status_code != 200]
        want = initial + len(added)
        print(
            f"  add batch: {len(added)} articles added in {args.add_batches} requests, "
            f"errors {len(errors['add'])}; store holds {total} (expected {want}); "
            f"missing {len(missing)}"
        )
        for kind, errs in errors.items():
            for e in errs[:3]:
                print(f"  error ({kind}): {e}")
        lost = total != want or bool(missing)
        failed = sum(map(len, errors.values()))
        print("result:", "FAIL" if lost or failed else "ok (no errors, no article lost)")
        return 1 if lost or failed else 0
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    sys.exit(main())
