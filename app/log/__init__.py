"""The airtime log (nhật ký phát sóng), its one home.

- airings: writing rows (start, heartbeat, finish, not aired, imported), crash recovery, the chain walk
- statuses: airing statuses and triggers as enums
- chain, anchors: the hash chain's construction and the anchors kept outside the database
- verify: the one verdict on whether the log is still evidence
- counting: the one counting and dating rule; listing: what the Nhật ký page lists and totals
- recorder, journal, write_priority, catch_up: no sound without a durable record
- importer, export: CSV in and out; paper: a printed report's verification code
"""
