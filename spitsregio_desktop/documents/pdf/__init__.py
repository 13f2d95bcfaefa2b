"""PDF renderer (reportlab platypus); import `render` from `.render` only when exporting."""
