#!/usr/bin/env bash
# Executes every notebook headless against a run folder and writes each as HTML (with execution
# counts). The notebooks read the run's tables; they never analyze the corpus again.
#   KHITAB_RUN=DIR            the run folder to read (default: outputs/, what `npm start` writes)
#   KHITAB_NOTEBOOKS_OUT=DIR  where the HTML goes (default: <run>/notebooks/)
#   KHITAB_CORPUS=DIR         the corpus the run read (notebook 01 re-splits a few of its pages for
#                             display; default data/corpus)
#   KHITAB_NOTEBOOK_JOBS=N    notebooks executed at once (default 2)
# A notebook fails on its first cell error; the others still run and the script exits 1 (no
# --allow-errors: tslab drops requests that arrive right after an error, so later cells would come
# back empty anyway). Without a run it says how to write one and exits 1.
# Usage: [KHITAB_RUN=DIR] npm run notebooks [-- NOTEBOOK...]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export TZ=UTC
export JUPYTER_PATH="$root/.jupyter"          # must be absolute, or the kernel dies at start
absolute() { (cd "$1" 2>/dev/null && pwd) || echo "$1"; }

run="$(absolute "${KHITAB_RUN:-outputs}")"
if [ ! -f "$run/articles.csv" ] && [ ! -f "$run/articles.parquet" ]; then
  echo "notebooks: no run in $run (no articles.csv or articles.parquet). Write one first:" >&2
  echo "  npm start                                   (the bundled corpus into outputs/), or" >&2
  echo "  npx khitab analyze CORPUS --out DIR && KHITAB_RUN=DIR npm run notebooks" >&2
  exit 1
fi
export KHITAB_RUN="$run"
[ -n "${KHITAB_CORPUS:-}" ] && export KHITAB_CORPUS="$(absolute "$KHITAB_CORPUS")"
out="${KHITAB_NOTEBOOKS_OUT:-$run/notebooks}"
mkdir -p "$out"
out="$(absolute "$out")"

python=/usr/bin/python3                       # Debian's; the python3 first on PATH may lack nbformat
if [ ! -x /usr/bin/jupyter ] || ! "$python" -c 'import nbclient, nbconvert' 2>/dev/null; then
  echo "notebooks: Jupyter not found; run 'npm run setup' (Debian packages jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel)" >&2
  exit 1
fi
if [ ! -f "$JUPYTER_PATH/kernels/khitab/kernel.json" ]; then
  # Not installed here: `khitab analyze` writes only under --out, so setup is a separate step.
  echo "notebooks: the project kernel is not installed; run 'npm run setup' (or bash scripts/kernel.sh)" >&2
  exit 1
fi
# Kernel connection files go to a temporary folder, not the home folder or the repository.
JUPYTER_RUNTIME_DIR="$(mktemp -d)"
export JUPYTER_RUNTIME_DIR
trap 'rm -rf "$JUPYTER_RUNTIME_DIR"' EXIT

if [ $# -gt 0 ]; then books=("$@"); else books=(notebooks/[0-9][0-9]-*.ipynb); fi
echo "notebooks: run $run; output $out"
t0=$(date +%s.%N)
rc=0
"$python" scripts/execute_notebooks.py "$out" 120 "${KHITAB_NOTEBOOK_JOBS:-2}" "${books[@]}" || rc=$?
printf 'notebooks: %d notebooks in %.1f s\n' "${#books[@]}" "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')"
exit $rc
