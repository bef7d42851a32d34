#!/usr/bin/env bash
# Set-up, build, run and test on Debian 12 (README's two commands).
#   packaging/dev.sh run [ARGS...]   build if needed, then the wizard (with a display) or the
#                                    headless diagnosis of the built-in simulated Exchange
#   packaging/dev.sh test            build if needed, then every test (ctest)
#   packaging/dev.sh build           only build
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${EAS_BUILD_DIR:-$root/build}"

packages=(build-essential cmake ninja-build pkg-config git curl ca-certificates
          qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev libspdlog-dev libssl-dev
          qtkeychain-qt6-dev zlib1g-dev libwbxml2-dev libwbxml2-utils libevtx-dev libbfio-dev
          xvfb xauth openssl tidy poppler-utils mawk fonts-dejavu-core)

need_install() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    printf '%s\n' "${missing[@]}"
}

ensure_deps() {
    command -v dpkg-query >/dev/null || { echo "dev.sh: this script sets up Debian 12; install the packages listed in it by hand elsewhere." >&2; return 0; }
    mapfile -t missing < <(need_install)
    [ "${#missing[@]}" -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: missing packages (${missing[*]}); run as root or install sudo." >&2; exit 3; }
        sudo=sudo
    fi
    echo "dev.sh: installing ${missing[*]}" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

do_build() {
    ensure_deps
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    build) do_build ;;
    run)
        do_build
        exe="$build/app/eas-doctor"
        if [ $# -gt 0 ]; then
            exec "$exe" "$@"
        elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            exec "$exe" --demo
        else
            echo "dev.sh: no display; running the headless diagnosis against the built-in simulated Exchange" >&2
            exec "$exe" diagnose --demo
        fi
        ;;
    test)
        do_build
        cd "$build"
        export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
        ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
        ;;
    *) echo "usage: packaging/dev.sh run [ARGS...] | test [CTEST ARGS...] | build" >&2; exit 3 ;;
esac
