"""Translations: ours (translations/spitsregio_nl.qm) and Qt's own Dutch strings (qtbase).

Source strings are English; Dutch is the default. Install before creating widgets, and
keep a reference to every QTranslator (a collected translator silently stops working).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..storage.paths import translations_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = "nl") -> list[str]:
    """Install the translators for `language` ("nl" or "en"); returns what was loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
        return []
    locale = QLocale("nl_BE")
    QLocale.setDefault(locale)
    loaded = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append("qtbase_nl")
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / "spitsregio_nl.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append("spitsregio_nl")
    return loaded
