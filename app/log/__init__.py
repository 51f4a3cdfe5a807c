"""The airtime log: journal, counting rules, chain anchors and paper codes."""
