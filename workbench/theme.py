"""The colour theme: System (follow the desktop), Light or Dark, chosen in View → Theme and
remembered in the settings.

Light and Dark set an explicit palette on the application (Fusion draws every widget from it, and
the plots recolour themselves when it changes, see workbench.plots.style); System hands the palette
back to the style and the platform.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

SETTINGS_KEY = "view/theme"
SYSTEM, LIGHT, DARK = "system", "light", "dark"

_ROLE = QPalette.ColorRole
# Each role's colour in Fusion's own light set and in a dark set (text contrast >= 7:1): (light, dark).
_LIGHT_AND_DARK = {
    _ROLE.Window:          ("#efefef", "#2b2b2b"),
    _ROLE.WindowText:      ("#000000", "#e6e6e6"),
    _ROLE.Base:            ("#ffffff", "#1e1e1e"),
    _ROLE.AlternateBase:   ("#f7f7f7", "#262626"),
    _ROLE.Text:            ("#000000", "#e6e6e6"),
    _ROLE.Button:          ("#efefef", "#353535"),
    _ROLE.ButtonText:      ("#000000", "#e6e6e6"),
    _ROLE.BrightText:      ("#ffffff", "#ffffff"),
    _ROLE.Highlight:       ("#308cc6", "#2f65ca"),
    _ROLE.HighlightedText: ("#ffffff", "#ffffff"),
    _ROLE.ToolTipBase:     ("#ffffdc", "#353535"),
    _ROLE.ToolTipText:     ("#000000", "#e6e6e6"),
    _ROLE.PlaceholderText: ("#7f7f7f", "#8c8c8c"),
    _ROLE.Link:            ("#0000ff", "#6fa8ff"),
    _ROLE.Mid:             ("#b8b8b8", "#404040"),
    _ROLE.Dark:            ("#9f9f9f", "#1a1a1a"),
    _ROLE.Light:           ("#ffffff", "#505050"),
    _ROLE.Midlight:        ("#cacaca", "#454545"),
    _ROLE.Shadow:          ("#767676", "#000000"),
}
_COLORS = {theme: {role: pair[i] for role, pair in _LIGHT_AND_DARK.items()} for i, theme in enumerate((LIGHT, DARK))}


def palette(theme: str) -> QPalette:
    """The palette of LIGHT or DARK; disabled text is dimmed towards the background."""
    result = QPalette()
    for role, color in _COLORS[theme].items():
        result.setColor(role, QColor(color))
    dimmed = QColor(_COLORS[theme][_ROLE.PlaceholderText])
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, dimmed)
    return result


def apply_theme(theme: str) -> None:
    app = QApplication.instance()
    app.setPalette(palette(theme) if theme in _COLORS else app.style().standardPalette())


class ThemeMenu(QMenu):
    """View → Theme: System / Light / Dark, one checked; the choice is applied at once and kept in
    ``settings``.  Built when the window is, it applies the remembered choice."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(self.tr("&Theme"), parent)
        self._settings = settings
        self.setToolTipsVisible(True)
        group = QActionGroup(self)
        labels = {SYSTEM: self.tr("&System"), LIGHT: self.tr("&Light"), DARK: self.tr("&Dark")}
        tips = {SYSTEM: self.tr("Follow the desktop's light or dark appearance."),
                LIGHT: self.tr("Dark text on light panels and plots."),
                DARK: self.tr("Light text on dark panels and plots.")}
        self.theme_actions = {}
        for theme, label in labels.items():
            action = self.addAction(label, lambda t=theme: self.choose(t))
            action.setCheckable(True)
            action.setToolTip(tips[theme])
            action.setStatusTip(tips[theme])
            group.addAction(action)
            self.theme_actions[theme] = action
        saved = str(settings.value(SETTINGS_KEY, SYSTEM))
        self.theme = saved if saved in labels else SYSTEM
        self.theme_actions[self.theme].setChecked(True)
        if self.theme != SYSTEM:      # System is what the application starts with
            apply_theme(self.theme)

    def choose(self, theme: str) -> None:
        self.theme = theme
        self.theme_actions[theme].setChecked(True)
        apply_theme(theme)
        self._settings.setValue(SETTINGS_KEY, theme)
