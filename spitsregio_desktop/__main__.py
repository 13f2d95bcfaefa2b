import sys

from spitsregio_desktop.cli import main

sys.exit(main())
