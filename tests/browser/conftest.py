"""A real headless Chromium (Debian's), driven by Playwright. With DIPLOGRAPH_REQUIRE_BROWSER=1
(set in .ci/run) a browser that cannot start fails the run instead of skipping."""

import os
import shutil

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright

        manager = sync_playwright().start()
        instance = manager.chromium.launch(executable_path=executable, args=FLAGS)
    except Exception as e:  # no browser here: the message says what to install
        if os.environ.get("DIPLOGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(
                f"Chromium is required but did not start ({e}); "
                "apt-get install chromium, pip install playwright"
            )
        pytest.skip(f"no Chromium: {e}")
    yield instance
    instance.close()
    manager.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    context.close()
