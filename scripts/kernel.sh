#!/usr/bin/env bash
# Installs the project-local TypeScript kernel `khitab` (tslab) under <repo>/.jupyter/kernels/khitab.
# Nothing global is written: Jupyter finds the kernel only when JUPYTER_PATH points at <repo>/.jupyter.
# The kernel starts tslab in the repository root (not the notebook folder), so notebooks can
# `import … from './src/index'` (tslab makes its start folder the TypeScript root).
# Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
spec_dir="$root/.jupyter/kernels/khitab"
mkdir -p "$spec_dir"

if [ ! -x node_modules/.bin/tslab ]; then
  echo "kernel: node_modules/.bin/tslab is missing; run 'npm ci' first (tslab is a devDependency)" >&2
  exit 1
fi

# The argv resolves the repo from the kernel's resource dir ({resource_dir}/../../..) at start,
# so the spec holds no absolute path and the checkout can move.
cat > "$spec_dir/kernel.json" <<'JSON'
{
  "argv": [
    "/bin/sh",
    "-c",
    "cd \"$0/../../..\" && exec node_modules/.bin/tslab kernel --config-path \"$1\"",
    "{resource_dir}",
    "{connection_file}"
  ],
  "display_name": "TypeScript (khitab)",
  "language": "typescript",
  "metadata": {
    "khitab": "Project-local tslab kernel: starts in the repository root so notebooks import ./src/index. Installed by scripts/kernel.sh; use with JUPYTER_PATH=<absolute repo path>/.jupyter."
  }
}
JSON

echo "kernel: installed 'khitab' (TypeScript (khitab)) in $spec_dir"
if [ ! -x /usr/bin/jupyter ]; then
  echo "kernel: /usr/bin/jupyter not found; install Debian packages jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel (scripts/setup.sh does)"
fi
echo "kernel: start Jupyter with:  cd $root && JUPYTER_PATH=\$PWD/.jupyter jupyter notebook notebooks/"
echo "kernel: run every notebook headless with:  npm run notebooks"
