#!/usr/bin/env bash
# Lints template.yaml with cfn-lint (which also runs the SAM transform). Used by CI: a missing cfn-lint is a
# failure, never a silent pass. cfn-lint ships with the project's machine image; elsewhere install it with
# `pip install cfn-lint` (or pipx/Homebrew). Debian 12 has no cfn-lint package.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cfn-lint >/dev/null 2>&1; then
  echo "lint:template FAILED: cfn-lint is not installed, so template.yaml was not checked." >&2
  echo "Install it (pip install cfn-lint, pipx install cfn-lint or brew install cfn-lint) and run npm run lint:template again." >&2
  exit 127
fi

echo "cfn-lint $(cfn-lint --version 2>&1 | awk '{print $NF}') template.yaml"
# Non-zero on any error or warning; informational findings are shown too.
cfn-lint --include-checks I -- template.yaml
echo "template.yaml: cfn-lint clean"
