# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the build scripts: sets the array `launcher` to ccache's CMake launcher when
# ccache is installed (empty otherwise). Paths are hashed relative to the checkout and the
# build folder's own path is left out, so a second clone (CI's fresh clone of main, a git
# worktree) reuses what this machine already compiled. CCACHE_DIR etc. from the environment.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
  export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
fi
