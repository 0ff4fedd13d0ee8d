"""The built guide: rule reference, links and anchors, no other host, policy numbers and office branding.

Browser checks (axe, reflow, print, keyboard) are in test_site_browser.py.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType, SimpleNamespace
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml
from mkdocs.exceptions import PluginError
from office import Office, OfficeConfig  # hooks/ is not a package: tests/conftest.py puts it on sys.path

from checker import RULES, RULES_BY_ID, Policy, Rule, check
from checker.rules import DOC_SECTIONS
from tests.conftest import ROOT, OfficeSite, build_site
from tests.test_corpus import RULES_WITH_CUES
from tests.test_site_browser import nav_pages
from tests.test_templates import fill, plan_for, templates

SITE_HOST = "http://site.invalid"  # a base for resolving links; never fetched
# Elements whose URL the browser fetches while showing a page (an <a> is only followed when clicked).
LOADED = {("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src"), ("video", "src"), ("audio", "src")}
LOADED_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}
# Tags that separate words in the rendered text; inline tags such as <a> do not.
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "div", "td", "th", "tr", "br", "ul", "ol", "nav", "aside", "label"}


@dataclass
class Parsed:
    """What the tests need from one built HTML page."""

    ids: set[str] = field(default_factory=set)
    urls: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, url)
    loaded: list[str] = field(default_factory=list)
    h2_ids: list[str] = field(default_factory=list)
    h3_ids: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parsed = Parsed()
        self._skip = 0  # inside <script> or <style>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.parsed.ids.add(values["id"])
            if tag == "h2":
                self.parsed.h2_ids.append(values["id"])
            elif tag == "h3":
                self.parsed.h3_ids.append(values["id"])
        if tag == "a" and "name" in values:
            self.parsed.ids.add(values["name"])
        for attribute in ("href", "src"):
            if attribute in values:
                self.parsed.urls.append((tag, attribute, values[attribute]))
        rels = set(values.get("rel", "").split())
        if (tag, "src") in LOADED and values.get("src"):
            self.parsed.loaded.append(values["src"])
        if tag == "link" and rels & LOADED_LINK_RELS:
            self.parsed.loaded.append(values.get("href", ""))
        for candidate in values.get("srcset", "").split(","):
            if candidate.strip():
                self.parsed.loaded.append(candidate.split()[0])
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCKS:
            self.parsed.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in BLOCKS:
            self.parsed.text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parsed.text.append(data)


def parse(path: Path) -> Parsed:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.parsed


def text_of(path: Path) -> str:
    """The visible words of a page, whitespace collapsed."""
    return " ".join("".join(parse(path).text).split())


def html_pages(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


def page_url(site: Path, page: Path, root: str) -> str:
    return urljoin(root, page.relative_to(site).as_posix())


def target_file(site: Path, url: str, root: str) -> Path:
    path = unquote(urlsplit(url).path)[len(urlsplit(root).path) :]
    target = site / path
    return target / "index.html" if path == "" or path.endswith("/") or target.is_dir() else target


# The build and the rule reference -------------------------------------------------------------------------------


def test_build_writes_every_page_and_the_generated_files(built_site: Path) -> None:
    for page in ("index.html", "waiting/index.html", "checklist/index.html", "rules/index.html"):
        assert (built_site / page).is_file(), page
    assert (built_site / "stylesheets" / "office.css").is_file()
    # The rule reference is generated at build time and never committed.
    assert not (ROOT / "docs" / "rules.md").exists()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_guide_link_points_to_an_existing_anchor(built_site: Path, rule: Rule) -> None:
    path, _, anchor = rule.guide.partition("#")
    page = built_site / path / "index.html"
    assert page.is_file(), f"{rule.guide}: no page {path}"
    assert anchor in parse(page).ids, f"{rule.guide}: no element with id {anchor!r}"


def test_rule_reference_has_one_section_per_rule_with_every_doc_section(built_site: Path) -> None:
    parsed = parse(built_site / "rules" / "index.html")
    assert [i for i in parsed.h2_ids if i in RULES_BY_ID] == [rule.id for rule in RULES]
    expected = [f"{rule.id}-{section.lower().replace(' ', '-')}" for rule in RULES for section in DOC_SECTIONS]
    assert parsed.h3_ids == expected
    text = " ".join("".join(parsed.text).split())
    for rule in RULES:
        assert rule.summary in text, rule.id
    links = {url for tag, _, url in parsed.urls if tag == "a"}
    for rule in RULES:
        assert "../" + rule.guide in links, f"{rule.id}: no link to {rule.guide}"


def test_the_search_index_has_every_rule_but_not_its_list_of_cues(built_site: Path) -> None:
    """The lists of cues are on the page and out of the index every first visit downloads."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    searched = " ".join(
        doc["title"] + " " + doc["text"] for doc in index["docs"] if doc["location"].startswith("rules/")
    )
    page = " ".join("".join(parse(built_site / "rules" / "index.html").text).split())
    for rule_id, cues in RULES_WITH_CUES.items():
        assert RULES_BY_ID[rule_id].summary in searched, rule_id
        for cue in cues:
            assert cue.about in page, cue.name
            assert cue.about not in searched, cue.name
    assert "The cues it looks for" in page
    assert "The cues it looks for" not in searched


# The pages for longer searches ---------------------------------------------------------------------------------

# Each page, and the templates it offers: sections of templates.md, each checked in tests/test_templates.py.
LONGER_SEARCH_PAGES = {
    "rounds-and-panels": ("later-round", "panel-thank-you", "ask-for-addresses"),
    "who-is-who": ("recruiter-update",),
    "referees": ("referee-note",),
    "another-offer": ("offer-update",),
    "offers": ("offer-reply",),
    "withdrawing": ("withdrawal",),
}


@pytest.mark.parametrize("page", LONGER_SEARCH_PAGES)
def test_longer_search_page_is_built_and_in_the_nav(built_site: Path, page: str) -> None:
    assert f"{page}/" in nav_pages()
    assert (built_site / page / "index.html").is_file()
    # Every page's navigation links to it (the home page's, for one).
    assert f"{page}/" in {url for tag, _, url in parse(built_site / "index.html").urls if tag == "a"}


@pytest.mark.parametrize("page", LONGER_SEARCH_PAGES)
def test_longer_search_page_offers_templates_that_pass_the_checker(
    built_site: Path, office_config: OfficeConfig, page: str
) -> None:
    links = {url for tag, _, url in parse(built_site / page / "index.html").urls if tag == "a"}
    published = text_of(built_site / "templates" / "index.html")
    policy = office_config.policy
    for section in LONGER_SEARCH_PAGES[page]:
        assert f"../templates/#{section}" in links, section
        template = templates()[section].text
        assert " ".join(template.split()) in published, section  # the text that is checked is the text published
        plan, index = plan_for(section, fill(template), policy)
        # Nothing about the template's own text; only a word limit the office set below its length may show.
        own = [f.rule for f in check(plan, policy).findings if f.follow_up == index and f.rule != "too-long"]
        assert own == [], section


# Links, anchors and other hosts ---------------------------------------------------------------------------------


def test_internal_links_and_anchors_resolve(any_office: OfficeSite) -> None:
    # Served where its site.url says: the 404 page, shown at any address, links from that path.
    site, root = any_office.site, SITE_HOST + any_office.path
    broken: list[str] = []
    ids: dict[Path, set[str]] = {}
    for page in html_pages(site):
        base = page_url(site, page, root)
        for tag, attribute, url in parse(page).urls:
            if url.startswith(("mailto:", "tel:", "data:", "blob:", "javascript:")):
                continue
            absolute = urljoin(base, url)
            where = f"{page.relative_to(site)}: <{tag} {attribute}={url!r}>"
            if not absolute.startswith(root):
                if absolute.startswith(SITE_HOST):
                    broken.append(f"{where}: outside the site's path {any_office.path}")
                continue  # another host: checked by test_no_page_loads_anything_from_another_host
            target = target_file(site, absolute, root)
            if not target.is_file():
                broken.append(f"{where}: no file {target.relative_to(site)}")
                continue
            fragment = unquote(urlsplit(absolute).fragment)
            if fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = parse(target).ids
                if fragment not in ids[target]:
                    broken.append(f"{where}: no id {fragment!r} in {target.relative_to(site)}")
    assert broken == []


def test_no_page_loads_anything_from_another_host(any_office: OfficeSite) -> None:
    site = any_office.site
    foreign = [
        f"{page.relative_to(site)}: {url}"
        for page in html_pages(site)
        for url in parse(page).loaded
        if urlsplit(url).scheme in ("http", "https") or url.startswith("//")
    ]
    assert foreign == []
    # Fonts and images in stylesheets, too (the theme would load Google Fonts unless told not to).
    for stylesheet in sorted(site.rglob("*.css")):
        css = stylesheet.read_text(encoding="utf-8")
        assert not re.search(r"""(url\(|@import)\s*["']?(https?:)?//""", css), stylesheet


def test_no_marker_survives(any_office: OfficeSite) -> None:
    for page in html_pages(any_office.site):
        html = page.read_text(encoding="utf-8")
        assert "{{ " not in html, page
        assert not re.search(r"\{\{\s*(policy|office)\.", html), page


# The office: policy numbers in the text, branding, mistakes ---------------------------------------------------


BRANDED_OFFICE = {
    "office": {
        "name": "Eastbrook College Careers Hub",
        "colors": {"primary": "#0b6e4f", "accent": "#8a3ffc"},
        "footer": "Eastbrook College, Library Building, Floor 3",
        "contact": {
            "label": "Talk to a careers adviser",
            "url": "https://careers.eastbrook.example.edu/book",
            "email": "careers@eastbrook.example.edu",
            "hours": "Weekdays, 10:00 to 16:00",
        },
    },
    "policy": {"check_in_after_days": 10, "silence_after_days": 28, "max_words": {"check-in": 90}},
}


@pytest.fixture(scope="module")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built for an office with its own name, colours, contact block and policy numbers."""
    folder = tmp_path_factory.mktemp("site-branded")
    office = folder / "office.yml"
    office.write_text(yaml.safe_dump(BRANDED_OFFICE), encoding="utf-8")
    return build_site(folder / "site", office)


@pytest.mark.parametrize(
    ("page", "default_phrase", "office_phrase"),
    [
        ("index.html", "From day 7, and after the date they gave you", "From day 10, and after the date they gave you"),
        ("index.html", "After 3 weeks of silence", "After 4 weeks of silence"),
        ("waiting/index.html", "wait 7 days after the interview", "wait 10 days after the interview"),
        ("waiting/index.html", "Keep it under 120 words", "Keep it under 90 words"),
        ("why-follow-up/index.html", "With no news from day 7", "With no news from day 10"),
        ("checklist/index.html", "for the check-in: day 7,", "for the check-in: day 10,"),
        ("silence/index.html", "3 weeks (21 days)", "4 weeks (28 days)"),
        ("rules/index.html", "day 7, or after the employer's date", "day 10, or after the employer's date"),
        ("rules/index.html", "after the interview (7 days)", "after the interview (10 days)"),
    ],
)
def test_guide_quotes_the_offices_policy_numbers(
    neutral_site: Path, branded_site: Path, page: str, default_phrase: str, office_phrase: str
) -> None:
    default_text, office_text = text_of(neutral_site / page), text_of(branded_site / page)
    assert default_phrase in default_text
    assert office_phrase in office_text
    assert default_phrase not in office_text


def test_no_guide_page_quotes_the_default_wait_when_the_office_sets_another(branded_site: Path) -> None:
    # The rule docs quote the checker's defaults ("by default 7 days"); every other page follows the office.
    for page in html_pages(branded_site):
        if page.parent.name != "rules":
            text = text_of(page)
            assert not re.search(r"\b7 days\b|\bday 7\b", text), page


def test_office_branding_appears_on_every_page(branded_site: Path) -> None:
    for page in html_pages(branded_site):
        text = text_of(page)
        assert "Published by Eastbrook College Careers Hub" in text, page
        assert "Eastbrook College, Library Building, Floor 3" in text, page
        parsed = parse(page)
        assert "atl-contact-title" in parsed.ids, f"{page}: no contact block"
        links = {url for _, _, url in parsed.urls}
        assert "https://careers.eastbrook.example.edu/book" in links, page
        assert "mailto:careers@eastbrook.example.edu" in links, page
        assert "Weekdays, 10:00 to 16:00" in text, page
    css = (branded_site / "stylesheets" / "office.css").read_text(encoding="utf-8")
    assert "--md-primary-fg-color: #0b6e4f;" in css


def test_office_name_and_contact_fill_the_statements(neutral_site: Path, branded_site: Path) -> None:
    privacy = text_of(branded_site / "privacy" / "index.html")
    assert "Nobody at Eastbrook College Careers Hub, or anywhere else, can read it." in privacy
    assert "write to careers@eastbrook.example.edu." in privacy
    neutral = text_of(neutral_site / "accessibility" / "index.html")
    assert "published by the organisation that runs this website." in neutral
    assert "Write to the contact address on the website where you found this guide." in neutral


def test_the_advice_to_ask_for_support_names_the_office(neutral_site: Path, branded_site: Path) -> None:
    branded = text_of(branded_site / "silence" / "index.html")
    assert "The advisers at Eastbrook College Careers Hub can help you" in branded
    assert "The advisers at your careers service can help you" in text_of(neutral_site / "silence" / "index.html")
    for page in html_pages(branded_site):
        assert "your university career office" not in text_of(page).lower(), page


def test_neutral_site_shows_no_contact_block_or_publisher(neutral_site: Path) -> None:
    for page in html_pages(neutral_site):
        assert "atl-contact-title" not in parse(page).ids, page
        assert "Published by" not in text_of(page), page


@pytest.mark.parametrize(
    ("mistake", "key"),
    [
        ({"office": {"nmae": "Careers"}}, "office.nmae"),
        ({"office": {"colors": {"primary": "blue"}}}, "office.colors.primary"),
        ({"policy": {"check_in_after_days": -3}}, "policy.check_in_after_days"),
        ({"office": {"logo": "assets/no-such-logo.svg"}}, "office.logo"),
    ],
    ids=["unknown-key", "bad-colour", "negative-days", "missing-logo"],
)
def test_office_mistake_fails_the_build_with_one_line_naming_the_key(
    tmp_path: Path, mistake: dict[str, object], key: str
) -> None:
    office = tmp_path / "office.yml"
    office.write_text(yaml.safe_dump(mistake), encoding="utf-8")
    with pytest.raises(AssertionError, match="mkdocs build failed") as failure:
        build_site(tmp_path / "site", office)
    output = str(failure.value)
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, errors
    assert f"{key}:" in errors[0]
    assert str(office) in errors[0]


# The hook's own pieces ------------------------------------------------------------------------------------------


def test_unknown_marker_fails_naming_page_and_marker(guide: ModuleType) -> None:
    office = importlib.import_module("office")
    page = SimpleNamespace(file=SimpleNamespace(src_uri="waiting.md"))
    config = SimpleNamespace(extra={"office": office.Office(), "policy": Policy()})
    with pytest.raises(PluginError, match=r"waiting\.md: unknown marker \{\{ policy\.check_in_days \}\}"):
        guide.on_page_markdown("Wait {{ policy.check_in_days }} days.", page=page, config=config, files=None)
    replaced = guide.on_page_markdown("Wait {{policy.check_in_after_days}} days.", page=page, config=config, files=None)
    assert replaced == "Wait 7 days."


def test_channel_advice_follows_the_check_in_channel_rule(guide: ModuleType) -> None:
    # An office that switches check-in-channel off allows other channels, so the page stops warning against them.
    waiting = (ROOT / "docs" / "waiting.md").read_text(encoding="utf-8")
    on = guide.apply_rule_conditions(waiting, Policy(), "waiting.md")
    off = guide.apply_rule_conditions(waiting, Policy(rules={"check-in-channel": None}), "waiting.md")
    assert "but not for your check-in" in on
    assert "LinkedIn" not in off
    assert "use one channel only" in off


@pytest.mark.parametrize(
    ("days", "wait", "exact"),
    [
        (7, "1 week", "1 week (7 days)"),
        (8, "8 days", "8 days"),
        (10, "10 days", "10 days"),
        (13, "13 days", "13 days"),
        (14, "2 weeks", "2 weeks (14 days)"),
        (21, "3 weeks", "3 weeks (21 days)"),
        (30, "30 days", "30 days"),
    ],
)
def test_the_silence_is_put_in_weeks_only_when_it_is_whole_weeks(
    guide: ModuleType, days: int, wait: str, exact: str
) -> None:
    values = guide.marker_values(Office(), Policy(silence_after_days=days))
    assert (values["policy.silence_wait"], values["policy.silence_wait_exact"]) == (wait, exact)


@pytest.mark.parametrize("days", range(8, 14))
def test_no_page_counts_a_silence_of_8_to_13_days_in_weeks(guide: ModuleType, days: int) -> None:
    config = SimpleNamespace(extra={"office": Office(), "policy": Policy(silence_after_days=days)})
    for source in sorted((ROOT / "docs").glob("*.md")):
        page = SimpleNamespace(file=SimpleNamespace(src_uri=source.name))
        text = guide.on_page_markdown(source.read_text(encoding="utf-8"), page=page, config=config, files=None)
        assert not re.search(r"\b\d+ weeks?\b", text), source.name


@pytest.mark.parametrize(("within", "when"), [(0, "the same day"), (1, "the same day or the next morning")])
def test_the_thank_you_is_sent_when_the_form_proposes_it(guide: ModuleType, within: int, when: str) -> None:
    # The form proposes the next morning, or the day itself when the office allows no more (checker-form.js).
    values = guide.marker_values(Office(), Policy(thank_you_within_days=within))
    assert values["policy.thank_you_when"] == when


@pytest.mark.parametrize("colour", ["#1d4f91", "#5b2a86", "#ffeb3b", "#00ff00", "#000000", "#ffffff", "#b3261e"])
def test_office_colours_are_made_readable_in_both_palettes(guide: ModuleType, colour: str) -> None:
    for surfaces in (guide.LIGHT_SURFACES, guide.DARK_SURFACES):
        adjusted = guide.readable(colour, surfaces)
        assert all(guide.contrast(adjusted, surface) >= 4.5 for surface in surfaces), (colour, adjusted)
