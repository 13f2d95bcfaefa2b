"""DOCX renderer (python-docx); import `render` from `.render` only when exporting."""
