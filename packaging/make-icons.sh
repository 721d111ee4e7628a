#!/usr/bin/env sh
# Regenerates the application icons in packaging/ (PNG for Linux, ICO for Windows, ICNS for macOS).
# Needs only a JDK (11+): the drawing is plain Java2D.
set -eu
cd "$(dirname "$0")"
java -Djava.awt.headless=true MakeIcons.java .
