"""`python -m officedesk` and the PyInstaller entry script."""

from officedesk.app import main

raise SystemExit(main())
