#!/usr/bin/env bash
# Installs the real components the integration tests and the demo start on 127.0.0.1: the OCI registry
# (docker-registry), the image builder and inspectors (buildah, skopeo, umoci), bcrypt htpasswd
# (apache2-utils), the AWS CLI (a benchmark peer), openssl, a static busybox (a shell for images built
# FROM scratch), and the package clients' runtimes (maven, a JDK). Installs only what is missing.
set -euo pipefail
packages=(docker-registry buildah skopeo umoci apache2-utils awscli openssl busybox-static maven openjdk-17-jdk-headless)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "::group::apt-get install ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "::endgroup::"
