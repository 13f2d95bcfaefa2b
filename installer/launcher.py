"""Entry point of the frozen bundle: both Spitsregio.exe (windowed) and spitsregio-cli.exe."""

import sys

from spitsregio_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
