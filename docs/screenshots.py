"""The README's pictures of `sitat serve`: the search page and an article page.

    python docs/screenshots.py

Starts `sitat serve` on the packaged article's index and photographs two pages with
Debian's chromium through Playwright, into docs/search.png and docs/article.png.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent


def main() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "search", "serve", "--port", str(port)])
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(url + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.05)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium") or "chromium", args=["--no-sandbox"]
            )
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            page.goto(url + "/?q=Aleppo")
            page.screenshot(path=str(HERE / "search.png"))
            href = page.locator("li.hit a.snippet").first.get_attribute("href")
            page.goto(url + href)
            page.screenshot(path=str(HERE / "article.png"))
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
