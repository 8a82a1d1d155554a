#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 needs 3.8-3.10), or
# fails with a message saying how to get one.
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null || true)
  [ -n "$root" ] && candidates+=($(ls -d "$root"/versions/3.10.*/bin/python 2>/dev/null | sort -V -r))
fi
candidates+=("$HOME"/.pyenv/versions/3.10.*/bin/python)
for name in python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do
  path=$(command -v "$name" 2>/dev/null || true)
  [ -n "$path" ] && candidates+=("$path")
done

for candidate in "${candidates[@]}"; do
  if [ -x "$candidate" ] && is_310 "$candidate"; then
    echo "$candidate"
    exit 0
  fi
  # pyenv shims need the version named explicitly
  if [ -x "$candidate" ] && command -v pyenv >/dev/null 2>&1; then
    for version in $(pyenv versions --bare 2>/dev/null | grep '^3\.10\.' || true); do
      if PYENV_VERSION=$version is_310 "$candidate"; then
        PYENV_VERSION=$version "$candidate" -c 'import sys; print(sys.executable)'
        exit 0
      fi
    done
  fi
done

cat >&2 <<'MSG'
ERROR: no Python 3.10 found. Rasa Open Source 3.6 needs Python 3.8-3.10.
Install one, for example `pyenv install 3.10.13` or `apt-get install python3.10`,
or point PYTHON at it: `make run PYTHON=/path/to/python3.10`.
MSG
exit 1
