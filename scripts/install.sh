#!/usr/bin/env bash
# Builds chibo (release) and installs it:
#   scripts/install.sh            into /usr/local/bin as root, else ~/.local/bin
#   scripts/install.sh PREFIX     into PREFIX/bin
# and builds the editor's guide (docs/, "Hướng dẫn sử dụng chibo") beside it,
# into PREFIX/share/doc/chibo/huong-dan (/usr/local/share/… as root, else
# ~/.local/share/…). Says where both went, and how to put the folder of
# chibo on PATH when it is not.
# The installed chibo has its theme built in; it uses the Swift libraries of
# the toolchain that built it (for a copy that needs none, see
# scripts/release.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 1 ]; then echo "usage: scripts/install.sh [PREFIX]" >&2; exit 2; fi
if [ $# -eq 1 ]; then
  bin="${1%/}/bin"; share="${1%/}/share"
elif [ "$(id -u)" = 0 ]; then
  bin=/usr/local/bin; share=/usr/local/share
else
  bin="$HOME/.local/bin"; share="$HOME/.local/share"
fi
guide="$share/doc/chibo/huong-dan"

CHIBO_SETUP_QUIET=1 scripts/setup.sh
echo "building chibo (release)…" >&2
swift build -c release --product chibo >&2
built="$(swift build -c release --product chibo --show-bin-path)/chibo"

mkdir -p "$bin" || { echo "cannot make $bin: run as root, or name a folder you can write: scripts/install.sh ~/.local" >&2; exit 2; }
# A copy beside the target, then a rename: a chibo running from there is never cut in half.
install -m 755 "$built" "$bin/.chibo.new" && mv -f "$bin/.chibo.new" "$bin/chibo"
echo "installed $("$bin/chibo" --version) as $bin/chibo"
# The guide, built by the chibo just installed. A guide that cannot be built
# leaves chibo installed and says why.
if mkdir -p "$(dirname "$guide")" && "$bin/chibo" build --content docs --output "$guide" --quiet; then
  echo "the guide (Hướng dẫn sử dụng chibo) is in $guide: open $guide/index.html"
else
  echo "warning: could not build the guide into $guide (chibo itself is installed)" >&2
fi

case ":$PATH:" in
  *":$bin:"*) echo "run it as: chibo --help" ;;
  *)
    echo "warning: $bin is not on your PATH, so typing \`chibo\` will not find it yet." >&2
    echo "  add it for this and every new terminal:" >&2
    echo "    echo 'export PATH=\"$bin:\$PATH\"' >> ~/.bashrc && export PATH=\"$bin:\$PATH\"" >&2
    ;;
esac
