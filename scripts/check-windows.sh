#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles (syntax and semantics, no code generated) every source file that the Windows build
# compiles, as Windows compiles it: mingw-w64's g++ with _WIN32 defined, so that every
# `#if defined(Q_OS_WIN)` branch, every `#else` of a `Q_OS_UNIX` branch and every *_win.cpp is
# checked on each CI run instead of only in the release workflow (MSVC on a Windows runner).
# -Wall -Wextra -Werror and the project's own defines, against this machine's Qt headers and
# the uic/moc output of a configured build tree. Which files and which defines: the build's own
# choice for Windows (cmake/Platform.cmake), not a second list here.
#
# What it cannot see: what only MSVC rejects or warns about, the differences between Qt's
# Linux and Windows configurations (qconfig.h), linking, and macOS (no cross compiler).
#
#   scripts/check-windows.sh [BUILD_DIR]      (default: build; run scripts/build.sh first)
#
# Installs what it needs (g++-mingw-w64-x86-64-posix) through scripts/install-deps.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
MAILWRIGHT_WITH_WINDOWS_CHECK=1 bash "$here/scripts/install-deps.sh"
cxx=x86_64-w64-mingw32-g++-posix
[ -d "$build/ui/ui_autogen/include" ] || { echo "check-windows: $build is not a configured and built tree" >&2; exit 1; }

qt=$(pkg-config --variable=includedir Qt6Core)
# The cross compiler does not read /usr/include (glibc's headers would clash with mingw's):
# the third-party headers the sources include are copied to a folder of their own.
third=$(mktemp -d)
trap 'rm -rf "$third"' EXIT
mkdir -p "$third/qt6keychain"
gsasl=$(pkg-config --variable=includedir libgsasl)
archive=$(pkg-config --variable=includedir libarchive)
cp "$gsasl"/gsasl*.h "$archive/archive.h" "$archive/archive_entry.h" "$third/"
# qtkeychain-qt6-dev has no pkg-config file: Debian's folder.
cp /usr/include/qt6keychain/*.h "$third/qt6keychain/"

# The files the Windows build compiles and the project's definitions, from where the build
# takes them (cmake/Platform.cmake): one path per line, then one -D option per line.
cd "$here"
listing=$(cmake -DMW_LIST_PLATFORM=win -P cmake/Platform.cmake)
mapfile -t files < <(grep -v '^-D' <<<"$listing")
mapfile -t definitions < <(grep '^-D' <<<"$listing")
[ "${#files[@]}" -gt 0 ] && [ "${#definitions[@]}" -gt 0 ] ||
  { echo "check-windows: cmake/Platform.cmake listed no files or no definitions" >&2; exit 1; }

args=(-std=c++20 -fsyntax-only -Wall -Wextra -Werror
  # Linux's Qt headers declare a few functions again without the dllimport that Windows'
  # export macros give them the first time.
  -Wno-attributes
  # What Qt's own targets add on Windows (Qt6::Core's interface definitions there).
  -DUNICODE -D_UNICODE
  "${definitions[@]}"
  -I"$qt" -I"$third")
for m in QtCore QtGui QtWidgets QtNetwork QtSql QtNetworkAuth; do args+=(-I"$qt/$m"); done
for d in core ui app app/cli app/gui core/protocol core/settings core/support; do args+=(-I"$here/$d"); done
while IFS= read -r d; do args+=(-I"$d"); done < <(find "$build" -type d -path '*_autogen/include')

# gcc reads the options from a response file (one per line, quoted), so that xargs can run
# one compiler per core.
for a in "${args[@]}"; do
  a=${a//\\/\\\\}
  printf '"%s"\n' "${a//\"/\\\"}"
done >"$third/options"
mkdir "$third/logs"
# shellcheck disable=SC2016 # the inner script expands its own arguments
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -I{} sh -c \
  'log="$3/logs/$(printf %s "$2" | tr / _).log"; "$0" @"$1" "$2" >"$log" 2>&1 || echo "$2" >>"$3/failed"' \
  "$cxx" "$third/options" {} "$third"
if [ -s "$third/failed" ]; then
  while IFS= read -r f; do
    echo "check-windows: $f" >&2
    grep -E 'error|warning' "$third/logs/$(printf %s "$f" | tr / _).log" | head -20 >&2
  done < <(sort "$third/failed")
  exit 1
fi
echo "check-windows: ${#files[@]} files compile as Windows compiles them"
