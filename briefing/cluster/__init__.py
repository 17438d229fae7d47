"""The same run on a Dask cluster (--scheduler): the client plans and sends chunks (plan, run),
connects or starts a local cluster (connect), and the workers read, brief and write (tasks).
"""
