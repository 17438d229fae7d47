"""The page in a real browser (Debian's Chromium driven by Playwright, no browser downloaded):
paste an article, submit, see the note, download its PDF; at a desktop's size without
JavaScript, and at a phone's. Screenshots are kept in the test's folder to be looked at."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from conftest import SAMPLE, pdf_text, squash

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync"]
LEDE = "Councillors in Portmere voted on Tuesday"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "the browser tests need Debian's chromium (make test installs it)"
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


def open_page(browser, size, *, javascript=True):
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=javascript, accept_downloads=True,
                                  is_mobile=size == "phone", has_touch=size == "phone")
    return context.new_page()


@pytest.mark.parametrize(("size", "javascript"), [("desktop", False), ("phone", True)])
def test_paste_submit_see_the_note_and_download_its_pdf(web_server, browser, tmp_path, size, javascript):
    page = open_page(browser, size, javascript=javascript)
    page.goto(web_server.url + "/")
    page.screenshot(path=tmp_path / f"{size}-form.png", full_page=True)
    page.get_by_label("Paste its text").fill(SAMPLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Make the note").click()

    heading = page.get_by_role("heading", level=2)
    assert heading.first.inner_text() == "Harbour city approves £240m flood barrier after record winter storms"
    note = page.frame_locator("iframe[title^='The note']")
    assert LEDE in note.locator("body").inner_text()
    page.screenshot(path=tmp_path / f"{size}-note.png")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "harbour-city-approves-240m-flood-barrier-after-record-winter-storms.pdf"
    assert squash(LEDE) in squash(pdf_text(saved))
    with page.expect_download() as download:
        page.get_by_role("link", name="JSON").click()
    assert download.value.suggested_filename.endswith(".json")
    page.context.close()


def test_the_phone_page_fits_the_screen(web_server, browser):
    page = open_page(browser, "phone")
    page.goto(web_server.url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES["phone"]["width"]
    button = page.get_by_role("button", name="Make the note").bounding_box()
    assert button["height"] >= 44 and button["width"] <= SIZES["phone"]["width"]
    page.context.close()


def test_every_control_has_a_label_and_the_keyboard_submits(web_server, browser, tmp_path):
    page = open_page(browser, "desktop", javascript=False)
    page.goto(web_server.url + "/")
    controls = page.locator("form textarea, form input, form select")
    for index in range(controls.count()):
        control_id = controls.nth(index).get_attribute("id")
        assert page.locator(f"label[for='{control_id}']").count() == 1, control_id
    page.get_by_label("Or give its web address").fill("file:///etc/passwd")
    page.get_by_label("Key facts").press("Enter")  # Enter in a field submits with the first button
    alert = page.get_by_role("alert")
    assert "file:///etc/passwd: not an http(s) URL; only web pages can be fetched" in alert.inner_text()
    assert page.get_by_label("Or give its web address").input_value() == "file:///etc/passwd"  # kept to correct
    page.screenshot(path=tmp_path / "refused.png")
    page.context.close()


def test_a_digest_from_the_page(web_server, browser, tmp_path):
    inbox = sorted((SAMPLE.parent / "inbox").glob("rail-strike*"))
    page = open_page(browser, "desktop", javascript=False)
    page.goto(web_server.url + "/")
    page.get_by_label("Or upload files").set_input_files([str(path) for path in inbox])
    page.get_by_role("button", name="Make a digest of them all").click()
    note = page.frame_locator("iframe[title^='The note']")
    assert "Rail strike" in note.locator("body").inner_text()
    page.screenshot(path=tmp_path / "digest.png")
    page.context.close()


COLOURS = """selector => {
  const element = document.querySelector(selector);
  let background = element, fill = "rgba(0, 0, 0, 0)";
  while (background && (fill === "rgba(0, 0, 0, 0)" || fill === "transparent")) {
    fill = getComputedStyle(background).backgroundColor;
    background = background.parentElement;
  }
  return [getComputedStyle(element).color, fill];
}"""


def luminance(colour):
    channels = [int(part) / 255 for part in re.findall(r"\d+", colour)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_text_has_at_least_4_5_to_1_contrast(web_server, browser):
    page = open_page(browser, "phone")
    page.goto(web_server.url + "/")
    for selector in ("header p", "legend", "label", "span.hint", "p.hint", "textarea", "select", "button.primary",
                     "button:not(.primary)", "footer p", "footer a"):
        colour, background = page.evaluate(COLOURS, selector)
        lighter, darker = sorted((luminance(colour), luminance(background)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, (selector, colour, background)
    page.context.close()
