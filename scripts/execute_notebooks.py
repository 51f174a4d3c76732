#!/usr/bin/python3
"""Executes notebooks with the project kernel `khitab` and writes each as HTML into OUT_DIR.

Called by scripts/notebooks.sh (which sets JUPYTER_PATH, KHITAB_RUN and the rest). Why not
`jupyter nbconvert --execute`: its preprocessor keeps the execution count the kernel reports, and
tslab reports none, so every cell showed `In [ ]`; nbclient's own client numbers the cells. It also
runs JOBS notebooks at once (each in its own kernel), which halves the wall time on two cores.

usage: execute_notebooks.py OUT_DIR TIMEOUT_S JOBS NOTEBOOK...
Prints one line per notebook (`notebooks: NAME ok|FAILED SECONDS s`), the error of a failed one on
stderr, and exits 1 when any failed. A failed notebook's HTML is written too, up to the failing cell.
"""
import asyncio
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter


async def run_one(path, out_dir, timeout, gate):
    async with gate:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name="khitab", timeout=timeout,
                                resources={"metadata": {"path": os.getcwd()}})
        t0 = time.monotonic()
        error = None
        try:
            await client.async_execute()
        except Exception as e:  # a cell error, a timeout or a dead kernel: reported, the others go on
            error = str(e)
        seconds = time.monotonic() - t0
        html, _ = HTMLExporter().from_notebook_node(nb)
        name = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(out_dir, name + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        status = "ok" if error is None else "FAILED"
        print(f"notebooks: {os.path.basename(path):<40} {status:<6} {seconds:6.1f} s", flush=True)
        if error is not None:
            # nbclient's message names the cell; tslab prints the TypeScript or runtime message there.
            print("\n".join(error.splitlines()[-40:]), file=sys.stderr, flush=True)
        return error is None


async def main(argv):
    out_dir, timeout, jobs, books = argv[0], int(argv[1]), int(argv[2]), argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    gate = asyncio.Semaphore(max(1, jobs))
    results = await asyncio.gather(*(run_one(b, out_dir, timeout, gate) for b in books))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
