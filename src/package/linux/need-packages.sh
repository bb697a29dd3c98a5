# Sourced by the package scripts. need_packages COMMAND:DEBIAN_PACKAGE ... installs the Debian packages of the
# missing commands; need_library SONAME DEBIAN_PACKAGE the same for a shared library. As root (CI) they install
# with apt (the only part of the build and test that uses the network), else they say what to install.
install_packages() {
  [[ $# -eq 0 ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "error: missing $*: install them (sudo apt-get install $*) or skip the package with -Dpackage.skip=true" >&2
    return 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
need_packages() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  install_packages "${missing[@]}"
}
need_library() {
  ldconfig -p | grep "$1" >/dev/null ||   # not grep -q: under pipefail its early exit can fail the pipe
  install_packages "$2"
}
