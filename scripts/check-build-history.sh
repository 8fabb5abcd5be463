#!/usr/bin/env bash
# Does every commit in a range carry the plugin/ its own sources build to? (docs/development.md,
# "Committed build"). For each commit, all parents included, it builds that commit's sources into a
# temporary folder and compares the result with that commit's plugin/, byte for byte and executable bit.
#   scripts/check-build-history.sh [RANGE]     default: origin/main..HEAD
# Prints one line per commit ("fresh" or "STALE", the short hash, the subject); exits 1 if any is stale.
set -euo pipefail
range=${1:-origin/main..HEAD}
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d "${TMPDIR:-/tmp}/execguard-build-history.XXXXXX")
trap 'git -C "$repo" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$repo" worktree add -q --detach "$work/tree" HEAD
# A copy of node_modules made of hard links, not a symbolic link: esbuild names modules by their real
# path, so a link to another folder would change the chunk names it writes.
cp -al "$repo/node_modules" "$work/tree/node_modules"

stale=0
for sha in $(git -C "$repo" rev-list --reverse "$range"); do
  line=$(git -C "$repo" log -1 --format='%h %s' "$sha")
  git -C "$work/tree" checkout -q --detach "$sha"
  rm -rf "$work/out"
  if ! (cd "$work/tree" && node scripts/build.mjs "$work/out/dist" --plugin "$work/out/plugin" >/dev/null 2>&1); then
    echo "STALE $line (the build fails)"
    stale=1
  elif diff -rq "$work/out/plugin" "$work/tree/plugin" >/dev/null &&
    [ "$(cd "$work/out/plugin" && find . -type f -perm -u+x | sort)" = "$(cd "$work/tree/plugin" && find . -type f -perm -u+x | sort)" ]; then
    echo "fresh $line"
  else
    echo "STALE $line"
    stale=1
  fi
done
exit "$stale"
