"""What goes out: document models built from the services, rendered to DOCX and PDF.

Importing this package is cheap: python-docx and reportlab are imported only inside the
render functions, so the window can import `documents.export` without paying for them.
"""
