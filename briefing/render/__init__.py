"""Briefing or Digest → bytes: the table of output formats (formats), the Jinja templates run
sandboxed (templating), article text as safe markup (markup), what the note shows of long text
(shortening), JSON (json_output), self-contained HTML (selfcontained), and the PDF fitted to one
page (pdf, fitting, headline); the digest's own renderers (digest).
"""
