#!/usr/bin/env bash
# Installs the real components the integration tests and the demo start on 127.0.0.1: the OCI registry
# (docker-registry), the image builder and inspectors (buildah, skopeo, umoci), bcrypt htpasswd
# (apache2-utils), openssl, a static busybox (a shell for images built FROM scratch), the package clients
# (maven with a JDK, pip; npm comes with Node) and git. Installs only what is missing, with apt, on Debian 12
# and Ubuntu 24.04.
#
#   --with-bench   also the AWS CLI, the peer of the upload benchmark: from apt where the distribution packages it
#                  (Debian 12), else with pipx (Ubuntu 24.04 no longer packages awscli); skipped with a message when
#                  neither can install it.
set -euo pipefail

with_bench=false
for arg in "$@"; do
  case "$arg" in
    --with-bench) with_bench=true ;;
    *)
      echo "install-tools.sh: unknown argument '$arg'; the only option is --with-bench (adds the AWS CLI for the benchmarks)" >&2
      exit 2
      ;;
  esac
done

packages=(docker-registry buildah skopeo umoci apache2-utils openssl busybox-static maven openjdk-17-jdk-headless python3-pip git)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-tools.sh needs apt (Debian 12 or Ubuntu 24.04). Install these packages with your system's package manager: ${packages[*]}" >&2
  exit 1
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

updated=false
apt_update() {
  if ! $updated; then
    $SUDO apt-get update -qq
    updated=true
  fi
}

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done

# The AWS CLI: apt where it is packaged, else pipx, else a message (only the benchmark needs it).
pipx_awscli=false
if $with_bench && ! command -v aws >/dev/null 2>&1; then
  apt_update
  if apt-cache show awscli >/dev/null 2>&1; then
    missing+=(awscli)
  elif command -v pipx >/dev/null 2>&1 || apt-cache show pipx >/dev/null 2>&1; then
    installed pipx || command -v pipx >/dev/null 2>&1 || missing+=(pipx)
    pipx_awscli=true
  else
    echo "install-tools.sh: this system packages neither awscli nor pipx; the AWS CLI is skipped (install it to run the upload benchmark's peer)." >&2
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "::group::apt-get install ${missing[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  echo "::endgroup::"
fi

if $pipx_awscli; then
  echo "::group::pipx install awscli"
  pipx install awscli
  pipx ensurepath >/dev/null 2>&1 || true
  echo "::endgroup::"
fi
