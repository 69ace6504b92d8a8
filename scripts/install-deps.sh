#!/usr/bin/env bash
# Installs the Debian 12 packages Caucasus Atlas needs to build, run and test (only the missing ones).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libimgui-dev libglfw3-dev python3-glad libgl-dev libegl-dev libegl-mesa0 libgl1-mesa-dri  # libegl-mesa0: EGL surfaceless for `render`
  libgdal-dev gdal-bin libproj-dev proj-bin libgeos-dev
  catch2 nlohmann-json3-dev libstb-dev libfreetype-dev libdeflate-dev zlib1g-dev  # libdeflate, zlib: render's PNG encoder
  libwebp-dev libgif-dev  # render --animate: animated WebP (libwebpmux, libwebpdemux in the tests) and GIF
  libicu-dev  # core/text: UTF-8, case folding, NFC, transliteration
  libstemmer-dev  # core/text/inflection: Snowball stemmers for Russian and Armenian names
  libxxhash-dev  # core/corpus/index_cache: XXH3 for the index cache's key and checksum (header-only)
  libxml2-dev libzip-dev libpoppler-cpp-dev  # geoio/document_readers: HTML, DOCX/ODT, PDF corpus documents
  libcairo2-dev libpango1.0-dev  # application/handout_pdf: the deck's PDF handout (render --handout)
  poppler-utils  # pdftoppm: looking at the handout's pages (docs/presenting.md)
  qpdf  # scripts/make_pdf_fixtures.py: the encrypted PDF fixture
  fonts-noto-core fonts-dejavu-core  # the interface font and its fallback (core/fonts.hpp)
  xvfb xauth libx11-dev  # libx11-dev: the drag-and-drop test drops files on the window (tests/render)
  xdotool  # the presenter-window test presses keys in the real windows (tests/render)
  clang libclang-rt-14-dev llvm  # fuzz stage of scripts/test.sh: libFuzzer + sanitizer runtimes, llvm-symbolizer
)
# Rebuilding geodata only (the app and CI never need them): GMT + GSHHG (build_water.sh) and npm, which build_basemap.sh and build_geonames.py use
# to fetch their pinned packages (skipped when a node install already provides npm).
if [ "${ATLAS_DATA_BUILD:-0}" = 1 ]; then
  packages+=(gmt gmt-gshhg-high)
  command -v npm >/dev/null || packages+=(npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
