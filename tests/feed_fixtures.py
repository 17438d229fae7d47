"""Feeds as bytes: RSS 2.0, RSS 1.0 (RDF), Atom, and things that only look like feeds."""

from __future__ import annotations

LONG = " ".join(["The council approved the new water tariff after a long debate."] * 20)

RSS20 = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>City News</title><link>https://news.example/</link><description>Local news</description>
<item><title>Water prices rise</title><link>https://news.example/water</link><dc:creator>Jane Doe</dc:creator>
<pubDate>Fri, 14 Mar 2025 23:30:00 -0200</pubDate><description>Teaser only.</description>
<content:encoded><![CDATA[<p>Water prices will rise by 4.5%.</p><script>alert(1)</script><p>See <a href="/tariffs">tariffs</a>.</p>]]></content:encoded></item>
<item><title>Teaser &amp; link only</title><link>https://news.example/teaser</link><description>Short teaser.</description></item>
<item><title>Full text in description</title><link>https://news.example/long</link><description>&lt;p&gt;{LONG}&lt;/p&gt;</description></item>
<item><title>Duplicate</title><link>https://news.example/water</link></item>
<item><title>Neither link nor text</title></item>
</channel></rss>""".encode()

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link><description>d</description></channel>
<item rdf:about="https://rdf.example/1"><title>First</title><link>https://rdf.example/1</link><dc:date>2025-03-14T09:30:00Z</dc:date><dc:creator>Ann Lee</dc:creator></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
<title type="html">Atom &lt;b&gt;News&lt;/b&gt;</title><link href="https://atom.example/"/><id>urn:x</id><updated>2025-03-14T10:00:00Z</updated>
<entry><title>HTML content</title><link href="posts/1"/><id>urn:1</id><updated>2025-03-15T10:00:00Z</updated>
<published>2025-03-14T10:00:00+05:00</published><author><name>Ann Lee</name></author>
<content type="html">&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; body.&lt;/p&gt;&lt;img src="img/a.png"&gt;</content></entry>
<entry><title>XHTML content</title><link href="https://atom.example/2"/><id>urn:2</id><updated>2025-03-16T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline XHTML body.</p></div></content></entry>
<entry><title>Text content</title><link href="https://atom.example/3"/><id>urn:3</id><updated>2025-03-17T10:00:00Z</updated>
<content type="text">First &lt;para&gt;.

Second para.</content></entry>
<entry><title>Summary only</title><link href="https://atom.example/4"/><id>urn:4</id><updated>2025-03-18T10:00:00Z</updated><summary>Short.</summary></entry>
</feed>"""

EMPTY_RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing yet</title><link>https://e.example/</link></channel></rss>'
MALFORMED_RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & co</title>
<item><title>Still readable</title><link>https://b.example/1</link><description>Unclosed <b>bold</description></item>
</channel>"""
XXE_RSS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY local SYSTEM "file:///etc/hostname"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
<rss version="2.0"><channel><title>T</title><item><title>A &local; B &remote;</title><link>https://x.example/1</link></item></channel></rss>"""
HTML_PAGE = b"<!doctype html><html><head><title>RSS tips</title></head><body><p>How to read an <rss> feed.</p></body></html>"
SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://s.example/a</loc><lastmod>2025-03-14</lastmod></url></urlset>"""
