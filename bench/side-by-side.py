#!/usr/bin/python3
"""Side-by-side DHT benchmark: OpenDHT (python3-opendht) and ReloadJ's `bench cluster`, same run.

Both overlays have N nodes in one process on the loopback; each stores M values of B bytes from
random nodes and then gets each from another random node, first one at a time (per-get latency
with a monotonic clock), then with C gets in flight. Warm-up operations are left out of both.
Prints both result sets and ReloadJ/OpenDHT ratios, and one JSON line with everything.

Usage: bench/side-by-side.py --nodes 20 --ops 1000 [--value-bytes 100] [--concurrency 16]
                             [--reloadj runtime/target/reloadj/bin/reloadj] [--link tls]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RELOADJ = os.path.join(HERE, "..", "runtime", "target", "reloadj", "bin", "reloadj")


def import_opendht():
    """opendht, installing python3-opendht with apt-get when missing (one retry after an update)."""
    try:
        import opendht
        return opendht
    except ImportError:
        pass
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "python3-opendht"]
    if subprocess.call(install, env=env, stdout=subprocess.DEVNULL) != 0:
        subprocess.call(["apt-get", "update"], env=env, stdout=subprocess.DEVNULL)
        subprocess.check_call(install, env=env, stdout=subprocess.DEVNULL)
    import opendht
    return opendht


def progress(line):
    print(line, file=sys.stderr, flush=True)


def percentile(samples, q):
    """Nearest-rank percentile, as ReloadJ's benchmark computes it."""
    ordered = sorted(samples)
    rank = max(1, -(-int(q * 1000) * len(ordered) // 1000))
    return ordered[rank - 1]


def run_opendht(nodes, ops, value_bytes, concurrency, seed):
    dht = import_opendht()
    rng = random.Random(seed)
    started = time.monotonic()
    runners = []
    for i in range(nodes):
        r = dht.DhtRunner()
        r.run(port=0)
        if runners:
            first = runners[0].getBound()
            r.bootstrap("127.0.0.1", str(first.getPort()))
        runners.append(r)
    # let the routing tables fill: every node pings the first, then a get from each
    for r in runners:
        r.get(dht.InfoHash.get("warm-%d" % rng.random()))
    startup = time.monotonic() - started

    def put_all(count, tag):
        items, lat = [], []
        for k in range(count):
            storer = rng.randrange(nodes)
            key = dht.InfoHash.get("%s-%d-%f" % (tag, k, rng.random()))
            value = bytes(rng.getrandbits(8) for _ in range(value_bytes))
            t0 = time.monotonic_ns()
            runners[storer].put(key, dht.Value(value))
            lat.append((time.monotonic_ns() - t0) / 1e6)
            items.append((storer, key, value))
        return items, lat

    def other(storer):
        n = rng.randrange(nodes - 1)
        return n + 1 if n >= storer else n

    def get_sequential(items):
        lat, ok = [], 0
        t = time.monotonic()
        for storer, key, value in items:
            node = runners[other(storer)]
            t0 = time.monotonic_ns()
            found = node.get(key)
            lat.append((time.monotonic_ns() - t0) / 1e6)
            ok += any(v.data == value for v in found)
        return lat, ok, time.monotonic() - t

    def get_concurrent(items):
        slots = threading.Semaphore(concurrency)
        done = threading.Event()
        lock = threading.Lock()
        state = {"left": len(items), "ok": 0}
        t = time.monotonic()
        for storer, key, value in items:
            slots.acquire()
            got = []

            def on_values(v, got=got):
                got.append(v.data)
                return True

            def on_done(success, nodes_, value=value, got=got):
                with lock:
                    state["ok"] += value in got
                    state["left"] -= 1
                    if state["left"] == 0:
                        done.set()
                slots.release()

            runners[other(storer)].get(key, get_cb=on_values, done_cb=on_done)
        done.wait(600)
        return state["ok"], time.monotonic() - t

    warm = max(5, min(100, ops // 5))
    progress("opendht: %d nodes up in %.1f s" % (nodes, startup))
    warm_items, _ = put_all(warm, "warm")
    rounds = max(1, min(2000, 2 * ops) // warm)  # as ReloadJ's benchmark warms up
    for _ in range(rounds):
        get_sequential(warm_items)
        get_concurrent(warm_items)
    progress("opendht: warmed up with %d puts and %d gets" % (warm, 2 * rounds * warm))
    items, put_lat = put_all(ops, "item")
    progress("opendht: %d puts done" % ops)
    get_lat, ok, seq_time = get_sequential(items)
    progress("opendht: %d gets one at a time, %d found" % (ops, ok))
    conc_ok, conc_time = get_concurrent(items)
    progress("opendht: %d gets with %d in flight, %d found" % (ops, concurrency, conc_ok))
    for r in runners:
        r.join()
    return {
        "nodes": nodes, "ops": ops, "value_bytes": value_bytes, "startup_s": startup,
        "store_p50_ms": percentile(put_lat, 0.5), "store_p99_ms": percentile(put_lat, 0.99),
        "fetch_p50_ms": percentile(get_lat, 0.5), "fetch_p99_ms": percentile(get_lat, 0.99),
        "fetch_success": (ok + conc_ok) / (2.0 * ops),
        "sequential_fetch_ops_per_s": ops / seq_time, "concurrent_fetch_ops_per_s": ops / conc_time,
    }


def run_reloadj(reloadj, nodes, ops, value_bytes, concurrency, link, seed, java_opts):
    env = dict(os.environ)
    if java_opts:
        env["RELOADJ_OPTS"] = (env.get("RELOADJ_OPTS", "") + " " + java_opts).strip()
    out = subprocess.run([reloadj, "bench", "cluster", "--nodes", str(nodes), "--ops", str(ops),
                          "--value-bytes", str(value_bytes), "--concurrency", str(concurrency), "--link", link,
                          "--seed", str(seed), "--json", "--quiet"],
                         env=env, stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
    lines = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if not lines:
        sys.exit("reloadj bench cluster printed no JSON (exit %d)" % out.returncode)
    return json.loads(lines[-1])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--nodes", type=int, required=True)
    p.add_argument("--ops", type=int, required=True)
    p.add_argument("--value-bytes", type=int, default=100)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--link", default="tls")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--reloadj", default=DEFAULT_RELOADJ)
    p.add_argument("--java-opts", default="", help="extra JVM options for ReloadJ (e.g. a JFR recording)")
    a = p.parse_args()

    opendht = run_opendht(a.nodes, a.ops, a.value_bytes, a.concurrency, a.seed)
    reloadj = run_reloadj(a.reloadj, a.nodes, a.ops, a.value_bytes, a.concurrency, a.link, a.seed, a.java_opts)
    keys = ["startup_s", "store_p50_ms", "store_p99_ms", "fetch_p50_ms", "fetch_p99_ms", "fetch_success",
            "sequential_fetch_ops_per_s", "concurrent_fetch_ops_per_s"]
    print("N=%d M=%d B=%d C=%d (ReloadJ: %s links, %s, signatures on; OpenDHT: UDP, no signatures)"
          % (a.nodes, a.ops, a.value_bytes, a.concurrency, reloadj["link"], reloadj["topology"]))
    print("%-28s %12s %12s %16s" % ("figure", "OpenDHT", "ReloadJ", "ReloadJ/OpenDHT"))
    ratios = {}
    for k in keys:
        o, r = opendht[k], reloadj[k]
        ratios[k] = r / o if o else None
        print("%-28s %12.3f %12.3f %16s" % (k, o, r, "%.2f" % ratios[k] if ratios[k] is not None else "-"))
    for k in ["join_ms", "heap_mb", "mean_hops", "fetch_cpu_us", "concurrent_fetch_p99_ms"]:
        if k in reloadj:
            print("%-28s %12s %12.3f" % (k, "-", reloadj[k]))
    print(json.dumps({"opendht": opendht, "reloadj": reloadj, "ratio_reloadj_over_opendht": ratios}))


if __name__ == "__main__":
    main()
