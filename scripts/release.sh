#!/usr/bin/env bash
# Builds the release that runs anywhere: dist/chibo-VERSION-linux-x86_64.tar.gz
# and its .sha256, holding chibo, README.txt and the guide built from docs/
# (huong-dan/index.html …). One executable, with the Swift standard library,
# Foundation, cmark-gfm, zlib and libxml2 (with ICU and liblzma) linked in
# from static libraries, so that the only shared libraries it needs are the
# C library and the C++ runtime every Debian and Ubuntu system has (apt
# itself needs them); scripts/test-release.sh runs it in a chroot holding
# nothing else.
#
# Two parts are left out of this build, each for want of a static library:
# mimalloc (the allocator; the release uses the C library's malloc), and
# libcurl, which only Foundation's networking part needs (chibo makes no
# request to any host): scripts/release/curl-unavailable.c stands in for it.
#
# Usage: scripts/release.sh        (needs what scripts/setup.sh installs)
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(tr -d '[:space:]' < VERSION)
[ -n "$version" ] || { echo "VERSION is empty" >&2; exit 2; }
name="chibo-$version-linux-x86_64"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The static libraries the linker must take over the shared ones, in a
# folder of their own that the package's pkg-config files (cmark-gfm, zlib)
# name first, before the system's folder, which holds the shared ones too.
scratch=.build-release
libs="$PWD/$scratch/static-libs"; pc="$PWD/$scratch/pkgconfig"
rm -rf "$libs" "$pc"; mkdir -p "$libs" "$pc"
multiarch=/usr/lib/x86_64-linux-gnu
for lib in libcmark-gfm libcmark-gfm-extensions libz libxml2 libicuuc libicudata liblzma; do
  [ -f "$multiarch/$lib.a" ] || { echo "$multiarch/$lib.a is missing: run scripts/setup.sh" >&2; exit 2; }
  ln -s "$multiarch/$lib.a" "$libs/$lib.a"
done
cc -O2 -c scripts/release/curl-unavailable.c -o "$work/curl-unavailable.o"
ar rcs "$libs/libcurl.a" "$work/curl-unavailable.o"
cat > "$pc/libcmark-gfm.pc" <<PC
Name: libcmark-gfm
Description: cmark-gfm, linked statically
Version: $(pkg-config --modversion libcmark-gfm)
Libs: -L$libs -lcmark-gfm -lcmark-gfm-extensions
Cflags: $(pkg-config --cflags libcmark-gfm)
PC
cat > "$pc/zlib.pc" <<PC
Name: zlib
Description: zlib, linked statically
Version: $(pkg-config --modversion zlib)
Libs: -L$libs -lz
Cflags: $(pkg-config --cflags zlib)
PC
# The build plan keeps the flags pkg-config gave last time: plan again.
rm -f "$scratch/release.yaml" "$scratch"/*/release/description.json

# libxml2 (Foundation's XML reader, which reads Word files) needs ICU and
# liblzma after it.
build() {
  PKG_CONFIG_PATH="$pc" CHIBO_STATIC_RELEASE=1 swift build -c release --product chibo --static-swift-stdlib \
    --scratch-path "$scratch" -Xlinker -L"$libs" -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma "$@"
}
echo "building $name (release, static libraries)…" >&2
build >&2
binary=$(build --show-bin-path)/chibo

mkdir -p "$work/$name" dist
cp "$binary" "$work/$name/chibo"
strip "$work/$name/chibo"
# The editor's guide (docs/), built by the release binary itself.
"$work/$name/chibo" build --content docs --output "$work/$name/huong-dan" --quiet
cat > "$work/$name/README.txt" <<TEXT
chibo $version: one file, nothing to install besides it.

Put it on your PATH, for example:
  install -m 755 chibo ~/.local/bin/chibo      (or /usr/local/bin as root)
Then:
  chibo new site tai-lieu && cd tai-lieu
  chibo check
  chibo build

huong-dan/index.html is the guide, in Vietnamese (Hướng dẫn sử dụng chibo):
open it in a browser.
TEXT
tar -C "$work" --owner=0 --group=0 --numeric-owner -czf "dist/$name.tar.gz" "$name"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1) ($(du -h "$work/$name/chibo" | cut -f1) unpacked)"
echo "shared libraries it needs (ldd):"
ldd "$work/$name/chibo" | sed 's/^/  /'
