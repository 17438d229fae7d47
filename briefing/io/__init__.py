"""Where bytes come from and go to, the layer every other stands on: HTTP with one deadline and a
size cap (fetch), the hosts a server's fetch may reach (addresses), fsspec URLs (remote), files
written whole or not at all (atomic), output file names (names), stop signals held for the steps
that must not be cut (signals), untrusted work run under limits (confined).
"""
