#!/usr/bin/env bash
# Executes every notebook headless with the project-local kernel and writes HTML to
# outputs/notebooks/. A notebook fails on its first cell error and the script exits 1 after running the rest (no --allow-errors: tslab drops requests that
# arrive right after an error, so later cells would come back empty anyway).
# KHITAB_CORPUS=DIR is passed through to the notebooks (default: the bundled corpus).
# Usage: npm run notebooks [-- NOTEBOOK...]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export TZ=UTC
export JUPYTER_PATH="$root/.jupyter"          # must be absolute, or the kernel dies at start
[ -n "${KHITAB_CORPUS:-}" ] && export KHITAB_CORPUS="$(cd "$KHITAB_CORPUS" 2>/dev/null && pwd || echo "$KHITAB_CORPUS")"

jupyter=/usr/bin/jupyter                      # Debian's; the python3 first on PATH may lack nbformat
if [ ! -x "$jupyter" ]; then
  echo "notebooks: $jupyter not found; run 'npm run setup' (Debian packages jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel)" >&2
  exit 1
fi
[ -f "$JUPYTER_PATH/kernels/khitab/kernel.json" ] || bash scripts/kernel.sh >/dev/null

out="$root/outputs/notebooks"
mkdir -p "$out"
if [ $# -gt 0 ]; then books=("$@"); else books=(notebooks/[0-9][0-9]-*.ipynb); fi
echo "notebooks: corpus ${KHITAB_CORPUS:-data/corpus}; output $out"
failed=0
for nbk in "${books[@]}"; do
  t0=$(date +%s.%N)
  log=$(mktemp)
  if "$jupyter" nbconvert --to html --execute --ExecutePreprocessor.timeout=120 \
      --ExecutePreprocessor.kernel_name=khitab --output-dir "$out" "$nbk" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED; failed=1
  fi
  t1=$(date +%s.%N)
  printf 'notebooks: %-40s %-6s %6.1f s\n' "$(basename "$nbk")" "$status" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')"
  if [ "$status" = FAILED ]; then
    # nbconvert's error names the cell; tslab prints the TypeScript or runtime message there.
    grep -v '^\[NbConvertApp\]' "$log" | tail -40 >&2
    rm -f "$log"
    continue
  fi
  rm -f "$log"
done
exit $failed
