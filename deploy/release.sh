#!/bin/sh
# The steps of a release on the server (POSIX sh, GNU coreutils), run by
# `npm run deploy` (scripts/lib/releases.ts) through ssh, or with sh for a folder
# of the same machine. It can also be run by hand on the server:
#   KC_TARGET=/srv/khuyen-cong sh release.sh current      the current release's id
#   KC_TARGET=/srv/khuyen-cong sh release.sh rollback     back to the release before
#   KC_TARGET=/srv/khuyen-cong sh release.sh switch <id>  to a given release
# (`publish <id> <keep>` is the last step of a deploy: the files are uploaded
# first, by rsync, into releases/.<id>.tmp.)
#
# <target>/current is a link to releases/<id>; it is replaced in one step (a new
# link renamed over the old one), so nginx serves one release or the other,
# never half of each. Before a release becomes current it gets the hashed files
# (_astro/) of the other releases kept, as hard links: a page already open in a
# reader's browser still finds its scripts and fonts, also after a rollback.
set -eu
mkdir -p "$KC_TARGET/releases"
cd "$KC_TARGET"

current() {
  if [ -L current ]; then basename "$(readlink current)"; fi
}

releases() {
  ls releases | grep -v '^\.' | sort
}

carry() {
  for other in $(releases); do
    [ "$other" = "$1" ] && continue
    [ -d "releases/$other/_astro" ] || continue
    mkdir -p "releases/$1/_astro"
    cp -Rln "releases/$other/_astro/." "releases/$1/_astro/"
  done
}

switch_to() {
  [ -f "releases/$1/index.html" ] || { echo "Không có bản phát hành $1 (thiếu releases/$1/index.html)" >&2; exit 3; }
  carry "$1"
  ln -sfn "releases/$1" ".current.$$"
  mv -Tf ".current.$$" current
}

case "${1:-}" in
  current)
    current ;;
  publish)
    [ -d "releases/.$2.tmp" ] || { echo "Thiếu bản tải lên releases/.$2.tmp" >&2; exit 3; }
    [ -e "releases/$2" ] && { echo "Bản phát hành $2 đã có" >&2; exit 3; }
    mv "releases/.$2.tmp" "releases/$2"
    switch_to "$2"
    now=$(current)
    releases | head -n "-$3" | while read -r old; do
      [ "$old" = "$now" ] || rm -rf "releases/$old"
    done ;;
  switch)
    switch_to "$2" ;;
  rollback)
    now=$(current)
    [ -n "$now" ] || { echo "current chưa trỏ tới bản phát hành nào" >&2; exit 3; }
    before=$(releases | awk -v now="$now" '$0 < now' | tail -n 1)
    [ -n "$before" ] || { echo "Không có bản phát hành nào trước $now để quay lại" >&2; exit 3; }
    switch_to "$before"
    echo "$before" ;;
  *)
    echo "Cách dùng: KC_TARGET=<thư mục> sh release.sh current | publish <mã> <số bản giữ lại> | switch <mã> | rollback" >&2
    exit 2 ;;
esac
