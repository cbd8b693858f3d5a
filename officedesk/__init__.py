"""办公桌 OfficeDesk: a county office's petition register, hidden-risk ledger and duty table."""

__version__ = "0.1.0"
APP_NAME = "OfficeDesk"
APP_ID = "officedesk"
