"""The screen of one meeting and its tabs."""

# which tab was open, remembered in QSettings (read by the meeting list at start)
TAB_KEY = "meetings/last_tab"
