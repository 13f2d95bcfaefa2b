"""The window: PySide6 widgets over the services. The only layer that imports Qt."""
