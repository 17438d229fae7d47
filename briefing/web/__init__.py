"""``briefing serve``: a page and an HTTP API in front of the library.

Requests come in on an ASGI app (app.py, with the page in page.py and the API's requests read in
requests.py); each becomes a Job that a warm worker process runs (jobs.py, through pool.py), never
the event loop; the answer goes back as the note's bytes, or a JSON ``{"error": …}`` with the
command line's message. Nothing here imports the command line; cli.py dispatches ``serve`` to
serve.py.
"""
