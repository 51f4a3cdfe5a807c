"""What the main window asks of its areas (pages), and the signals it wires between them.

The window (ui/main_window.py) holds each page by its own type and talks to it only through this protocol
and the pages' signals, never by probing a page for attributes:

- every page is a QWidget with `shutdown()`: stop its timers and cancel its background work before the
  station closes (the window then waits for the task runner);
- `BulletinsPage.segments_changed` -> `SchedulePage.refresh`: a deleted or re-made audio item changes the
  plan's warnings;
- `SchedulePage.schedule_changed` -> `OnAirPage.schedule_changed`: the engine reloads the day plan;
- `SettingsPage.settings_saved` -> `PlayoutDriver.apply_settings`: the sound output, the volume and the
  operator's name take effect at once;
- `PlayoutDriver.event_reported` -> `LogPage.refresh_soon` and `ReportsPage.refresh_soon`: an airing started
  or ended;
- `LogPage.show_status(text)`: the window tells the log what it finished on its behalf (an import that was
  interrupted, completed at start-up);
- `SettingsPage.backup_panel.restored`: the station's file was swapped, the window closes (ui/application.py).

Each signal is emitted and delivered on the GUI thread.
"""

from __future__ import annotations

from typing import Protocol


class Page(Protocol):
    """One area of the main window."""

    def shutdown(self) -> None:
        """Stop timers and cancel background work: the station is about to close."""
