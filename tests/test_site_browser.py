"""The built guide in Chromium: no other host, axe-core in both palettes, reflow, no JavaScript, print, keyboard."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Page, expect

from tests.conftest import EXAMPLE_OFFICE, ROOT, Guarded, SiteServer

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def nav_pages() -> list[str]:
    """Every page in mkdocs.yml's nav as a URL path from the site root ("" is the home page)."""

    def walk(entries: object) -> Iterator[str]:
        if isinstance(entries, str):
            yield entries
        elif isinstance(entries, list):
            for entry in entries:
                yield from walk(entry)
        elif isinstance(entries, dict):
            for value in entries.values():
                yield from walk(value)

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return ["" if page == "index.md" else page.removesuffix(".md") + "/" for page in walk(config["nav"])]


PAGES = [*nav_pages(), "404.html"]


def test_the_tests_see_every_built_page(built_site: Path) -> None:
    built = {
        "" if path.parent == built_site else path.parent.relative_to(built_site).as_posix() + "/"
        for path in built_site.rglob("index.html")
    }
    assert built == set(PAGES) - {"404.html"}


@pytest.fixture(scope="module")
def open_page(site_server: SiteServer) -> Callable[[Guarded, str], Page]:
    """Open a page of the default site in a guarded context and wait until it has loaded."""

    def open_(guarded: Guarded, path: str) -> Page:
        page = guarded.context.new_page()
        page.goto(site_server.url + path, wait_until="load")
        return page

    return open_


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_has_no_axe_violation_and_asks_no_other_host(
    new_context: Callable[..., Guarded], site_server: SiteServer, path: str, scheme: str
) -> None:
    assert_accessible(new_context, site_server.url + path, scheme)


# Pages with each kind of coloured element: links, timeline, checklist, tables, code, the contact block.
OFFICE_PAGES = ["", "waiting/", "checklist/", "templates/", "rules/", "career-offices/", "404.html"]


@pytest.mark.parametrize("path", OFFICE_PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_example_offices_colours_keep_the_page_accessible(
    new_context: Callable[..., Guarded],
    serve: Callable[[Path, str], SiteServer],
    example_site: Path,
    path: str,
    scheme: str,
) -> None:
    site_path = urlsplit(yaml.safe_load(EXAMPLE_OFFICE.read_text(encoding="utf-8"))["site"]["url"]).path
    assert_accessible(new_context, serve(example_site, site_path).url + path, scheme)


def assert_accessible(new_context: Callable[..., Guarded], url: str, scheme: str) -> None:
    """Zero axe-core violations for the WCAG 2.2 AA tags, in the palette for ``scheme``; no other host asked."""
    # The site's Content-Security-Policy forbids inline scripts, and axe is injected as one.
    guarded = new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, bypass_csp=True)
    page = guarded.context.new_page()
    page.goto(url, wait_until="load")
    # The theme picks the palette from the reader's colour scheme; make sure it really switched.
    expected = {"light": "default", "dark": "slate"}[scheme]
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in re.findall(r"\d+", background)[:3]]
    assert (sum(channels) / 3 < 80) is (scheme == "dark"), background
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [
        f"{v['id']}: {v['help']} at {[node['target'] for node in v['nodes']][:5]}" for v in results["violations"]
    ]
    assert violations == []
    assert guarded.external_requests == []


@pytest.mark.parametrize("path", PAGES)
def test_page_reflows_at_320_pixels(
    new_context: Callable[..., Guarded], open_page: Callable[[Guarded, str], Page], path: str
) -> None:
    page = open_page(new_context(viewport={"width": 320, "height": 640}), path)
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]")
    assert max(widths[:2]) <= widths[2], f"scroll width {widths[:2]} > viewport {widths[2]}"


@pytest.mark.parametrize("path", PAGES)
def test_page_is_readable_without_javascript(
    new_context: Callable[..., Guarded], open_page: Callable[[Guarded, str], Page], path: str
) -> None:
    guarded = new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = open_page(guarded, path)
    content = page.locator("article.md-content__inner")
    expect(content.locator("h1")).to_be_visible()
    paragraphs = content.locator("p")
    expect(paragraphs.first).to_be_visible()
    assert len(content.inner_text()) > 100
    navigation = page.get_by_role("navigation", name="Navigation")
    expect(navigation.get_by_role("link", name="Checklist")).to_be_visible()
    expect(navigation.get_by_role("link", name="Templates")).to_be_visible()
    assert guarded.external_requests == []


def test_search_dialog_has_a_name(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url)
    expect(page.get_by_role("dialog", name="Search this guide", include_hidden=True)).to_have_count(1)


def test_checklist_prints_without_chrome(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url + "checklist/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".atl-next"):
        expect(page.locator(chrome).first).to_be_hidden()
    items = page.locator(".atl-checklist li")
    assert items.count() > 20
    for index in range(items.count()):
        expect(items.nth(index)).to_be_visible()
    assert count_pdf_pages(page.pdf()) == 1


def test_checklist_prints_the_offices_contact_block_on_one_page(
    new_context: Callable[..., Guarded], serve: Callable[[Path, str], SiteServer], example_site: Path
) -> None:
    contact = yaml.safe_load(EXAMPLE_OFFICE.read_text(encoding="utf-8"))["office"]["contact"]
    guarded = new_context()
    page = guarded.context.new_page()
    page.goto(serve(example_site, "/").url + "checklist/")
    page.emulate_media(media="print")
    block = page.locator(".atl-contact")
    expect(block).to_be_visible()
    expect(block).to_contain_text(contact["email"])
    # The booking address is written out after the link, since paper cannot be clicked.
    written = block.get_by_role("link").first.evaluate("link => getComputedStyle(link, '::after').content")
    assert contact["url"] in written
    assert count_pdf_pages(page.pdf()) == 1
    assert guarded.external_requests == []


def count_pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_skip_link_comes_first_and_moves_focus_to_the_content(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url + "waiting/")
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    inside_content = page.evaluate("() => document.activeElement.closest('article.md-content__inner') !== null")
    assert inside_content, page.evaluate("() => document.activeElement.outerHTML")


def test_every_tab_stop_shows_where_the_focus_is(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url)
    for stop in range(40):
        page.keyboard.press("Tab")
        assert_focus_visible(page)
        # Each Tab reaches an element not focused before: the focus moves on and is never trapped.
        first_visit = page.evaluate(
            """() => {
                const element = document.activeElement;
                const first = !element.dataset.atlVisited;
                element.dataset.atlVisited = 'yes';
                return first;
            }"""
        )
        assert first_visit, f"tab stop {stop} came back to an element already visited"


def assert_focus_visible(page: Page) -> None:
    """The focused element, or the label that stands for a visually hidden control, has a visible outline."""
    outline = page.evaluate(
        """() => {
            let element = document.activeElement;
            const style = getComputedStyle(element);
            if (style.opacity === '0' || element.matches('.md-option, .md-toggle')) {
                element = element.nextElementSibling || element;
            }
            const shown = getComputedStyle(element);
            return {
                style: shown.outlineStyle,
                width: parseFloat(shown.outlineWidth),
                html: element.outerHTML.slice(0, 120),
            };
        }"""
    )
    assert outline["style"] != "none", outline
    assert outline["width"] >= 2, outline
