#!/usr/bin/env python3
"""First-visit weight of a page: the HTML plus every stylesheet, script, icon, image (one srcset candidate, as a
phone would pick) and the fonts and images the stylesheets load, fetched with curl as a browser would (br/gzip),
counting the bytes on the wire. Usage: page_weight.py URL LIST_FILE. Prints "TOTAL_BYTES REQUESTS THIRD_PARTY
BLOCKING_THIRD_PARTY" and writes one line per request to LIST_FILE."""
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

ACCEPT = "br, gzip"
PHONE_WIDTH = 750  # a 375 px wide phone at 2x


def fetch(url):
    """Returns (status, bytes on the wire, decoded body)."""
    with tempfile.NamedTemporaryFile() as body:
        out = subprocess.run(
            ["curl", "-s", "--compressed", "-H", f"Accept-Encoding: {ACCEPT}", "-o", body.name,
             "-w", "%{http_code} %{size_download}", url], capture_output=True, text=True, check=False).stdout
        status, size = out.split()
        return int(status), int(size), open(body.name, "rb").read()


def pick_srcset(srcset):
    candidates = []
    for part in srcset.split(","):
        bits = part.strip().split()
        if not bits:
            continue
        width = int(bits[1][:-1]) if len(bits) > 1 and bits[1].endswith("w") else 0
        candidates.append((width, bits[0]))
    if not candidates:
        return None
    wide_enough = sorted(c for c in candidates if c[0] >= PHONE_WIDTH)
    return (wide_enough[0] if wide_enough else max(candidates))[1]


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []  # (url, kind, render_blocking)
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").lower().split()
            if "stylesheet" in rel:
                self.urls.append((a["href"], "css", True))
            elif "icon" in rel or "preload" in rel or "modulepreload" in rel:
                self.urls.append((a["href"], "preload" if "preload" in rel else "icon", False))
        elif tag == "script" and a.get("src"):
            blocking = self.in_head and "defer" not in a and "async" not in a and a.get("type") != "module"
            self.urls.append((a["src"], "js", blocking))
        elif tag in ("img", "source"):
            if a.get("srcset"):
                url = pick_srcset(a["srcset"])
                if url:
                    self.urls.append((url, "img", False))
            elif a.get("src") and a.get("loading") != "lazy":
                self.urls.append((a["src"], "img", False))


def main():
    page, list_file = sys.argv[1], sys.argv[2]
    host = urlparse(page).netloc
    origin = f"{urlparse(page).scheme}://{host}"
    seen, rows = set(), []
    total = third_party = blocking_third_party = 0

    def add(url, kind, blocking):
        nonlocal total, third_party, blocking_third_party
        if url in seen or url.startswith("data:"):
            return None
        seen.add(url)
        status, size, body = fetch(url)
        total += size
        if urlparse(url).netloc != host:
            third_party += 1
            blocking_third_party += 1 if blocking else 0
        rows.append(f"{size:>8} {status} {kind:<7} {url.replace(origin, '') or '/'}")
        return body

    html = add(page, "html", True)
    parser = Assets()
    parser.feed(html.decode("utf-8", "replace"))
    for url, kind, blocking in parser.urls:
        absolute = urljoin(page, url)
        body = add(absolute, kind, blocking)
        if kind == "css" and body:
            css = body.decode("utf-8", "replace")
            # Fonts: the first woff2 of each @font-face (what a browser picks); other url()s are images a rule may use,
            # counted only when the page's HTML mentions the class they belong to would be guesswork: count fonts only.
            for face in re.findall(r"@font-face\s*{[^}]*}", css):
                fonts = re.findall(r"url\(['\"]?([^'\")]+\.woff2)['\"]?\)", face)
                if fonts:
                    add(urljoin(absolute, fonts[0]), "font", False)
    with open(list_file, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(total, len(rows), third_party, blocking_third_party)


if __name__ == "__main__":
    main()
