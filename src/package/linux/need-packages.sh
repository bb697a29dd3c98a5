# Sourced by the package scripts: need_packages COMMAND:DEBIAN_PACKAGE ... installs the Debian packages of
# missing commands when run as root (CI), else says which to install. apt uses the network; nothing else does.
need_packages() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "error: missing ${missing[*]}: install them (sudo apt-get install ${missing[*]}) or skip the package with -Dpackage.skip=true" >&2
    return 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
