"""Entry point of the frozen programs: truyenthanh.exe (the window) and truyenthanh-cli.exe (the console)."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
