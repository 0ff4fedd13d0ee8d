"""MkDocs hooks for the guide: the office's config, the policy numbers in the text, the rule reference, colours.

- ``on_config`` reads the office file (``$OFFICE``, default ``office.yml`` beside mkdocs.yml) and fails the build
  with one line naming the key when it has a mistake. ``$SITE_URL``, when set, is the address instead of ``site.url``.
- ``on_files`` adds two generated files, never committed: ``rules.md`` (the rule reference, written from the
  checker's registry) and ``stylesheets/office.css`` (the office's colours for both palettes).
- ``on_serve`` watches the office file, so ``mkdocs serve`` rebuilds when it changes.
- ``on_page_markdown`` replaces ``{{ policy.NAME }}``, ``{{ office.NAME }}`` and ``{{ channel.NAME }}`` markers.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pathspec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from office import ConfigError, Office, checked_url, load_office

from checker import RULES, RULES_BY_ID, Channel, Policy, Rule
from checker.rules._cues import CUE_LISTING_OPENINGS

RULE_REFERENCE = "rules.md"
CAREER_OFFICES_PAGE = "career-offices.md"  # an office may leave it out of its navigation (office.yml)
OFFICE_CSS = "stylesheets/office.css"

# A marker is a dotted name in double braces; template slots such as {{first_name}} in rule docs are not.
_MARKER = re.compile(r"\{\{\s*([A-Za-z_]\w*\.[A-Za-z_]\w*)\s*\}\}")
# Text that depends on whether the office keeps a rule on: <!-- if rule:ID -->…<!-- else -->…<!-- end if -->.
_RULE_CONDITION = re.compile(
    r"<!-- if rule:(?P<rule>[\w-]+) -->(?P<on>.*?)(?:<!-- else -->(?P<off>.*?))?<!-- end if -->", re.DOTALL
)
_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*(?:\{#(?P<anchor>[\w-]+)\})?\s*$", re.MULTILINE)

# What a sentence says when the office leaves a value empty ("published by ...", "write to ...").
NEUTRAL_NAME = "the organisation that runs this website"
NEUTRAL_CONTACT = "the contact address on the website where you found this guide"
# Who gives advice, in "the advisers at ...", when the office leaves its name empty.
NEUTRAL_CAREERS_SERVICE = "your careers service"


def office_path(config: MkDocsConfig) -> Path:
    """``$OFFICE``, relative to the folder of mkdocs.yml; office.yml there by default."""
    return Path(config.config_file_path).parent / os.environ.get("OFFICE", "office.yml")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        loaded = load_office(office_path(config))
    except ConfigError as error:
        raise PluginError(str(error)) from None
    for key in ("logo", "favicon"):
        if getattr(loaded.office, key):
            config.theme[key] = _docs_file(config, loaded.path, f"office.{key}", getattr(loaded.office, key))
    if loaded.site.title:
        config.site_name = loaded.site.title
    if not loaded.site.show_career_offices_page:
        _leave_out_of_nav(config, CAREER_OFFICES_PAGE)
    # For the templates (overrides/) and the other hooks.
    config.extra["office"] = loaded.office
    config.extra["policy"] = loaded.policy
    config.extra["working_days"] = loaded.working_days
    # $SITE_URL: where the deploy workflow publishes (GitHub Pages' address, which it alone knows for sure).
    try:
        site_url = checked_url("SITE_URL", os.environ.get("SITE_URL", "").strip()) or loaded.site_url
    except ConfigError as error:
        raise PluginError(str(error)) from None
    if site_url:
        config.site_url = site_url if site_url.endswith("/") else site_url + "/"
    if OFFICE_CSS not in config.extra_css:
        config.extra_css.append(OFFICE_CSS)
    return config


def _docs_file(config: MkDocsConfig, office_file: Path, key: str, name: str) -> str:
    """``name`` relative to docs/, where it must be a file; a PluginError naming ``key`` otherwise."""
    docs = Path(config.docs_dir).resolve()
    found = (docs / name).resolve()
    if not found.is_file() or not found.is_relative_to(docs):
        raise PluginError(f"{office_file}: {key}: no file {name!r} under {config.docs_dir}")
    return found.relative_to(docs).as_posix()


def _leave_out_of_nav(config: MkDocsConfig, page: str) -> None:
    """Drop ``page`` from the navigation; it is still built, for the pages that link to it."""

    def without(entries: list[Any]) -> list[Any]:
        kept = []
        for entry in entries:
            if isinstance(entry, dict):
                section = {title: without(v) if isinstance(v, list) else v for title, v in entry.items() if v != page}
                section = {title: value for title, value in section.items() if value != []}  # a section left empty
                if section:
                    kept.append(section)
            elif entry != page:
                kept.append(entry)
        return kept

    config.nav = without(config.nav or [])
    # MkDocs warns of a page outside the navigation, which fails a strict build, unless it is listed here.
    unlisted = pathspec.GitIgnoreSpec.from_lines([f"/{page}"])
    config.not_in_nav = config.not_in_nav + unlisted if config.not_in_nav else unlisted


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[[], None]) -> LiveReloadServer:
    server.watch(str(office_path(config)))  # `make serve` rebuilds when the office edits its config
    return server


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, RULE_REFERENCE, content=rule_reference(RULES, config.extra["policy"], files)))
    files.append(File.generated(config, OFFICE_CSS, content=office_css(config.extra["office"])))
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    values = marker_values(config.extra["office"], config.extra["policy"])

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise PluginError(
                f"{page.file.src_uri}: unknown marker {match.group(0)} (known: {', '.join(sorted(values))})"
            )
        return values[name]

    return _MARKER.sub(replace, apply_rule_conditions(markdown, config.extra["policy"], page.file.src_uri))


def apply_rule_conditions(markdown: str, policy: Policy, where: str) -> str:
    """Keep the text for rules the office has on (the ``if`` part) or off (the ``else`` part)."""

    def choose(match: re.Match[str]) -> str:
        rule = RULES_BY_ID.get(match["rule"])
        if rule is None:
            raise PluginError(f"{where}: unknown rule in {match.group(0)[:40]!r} (see the rule reference)")
        enabled = policy.severity(rule.id, rule.severity) is not None
        return match["on"] if enabled else match["off"] or ""

    if "<!-- if rule:" not in markdown:
        return markdown
    result = _RULE_CONDITION.sub(choose, markdown)
    if "<!-- if rule:" in result or "<!-- end if -->" in result:
        raise PluginError(f"{where}: an <!-- if rule:... --> block without its <!-- end if -->")
    return result


def marker_values(office: Office, policy: Policy) -> dict[str, str]:
    """The text each marker stands for, by dotted name; empty office values read as neutral phrases."""
    values = {f"policy.{name}": str(number) for name, number in policy.numbers().items()}
    # Waits and days put into words, so that no office's numbers read as "1 weeks" or a rounded week.
    values["policy.silence_wait"] = weeks_or_days(policy.silence_after_days)
    values["policy.silence_wait_exact"] = weeks_or_days(policy.silence_after_days, with_days=True)
    values["policy.thank_you_when"] = thank_you_when(policy.thank_you_within_days)
    # How each channel is put into words, for the checker page to say it as the checker does.
    values |= {f"channel.{channel.name.lower()}": channel.how for channel in Channel}
    values["office.name"] = html.escape(office.name) if office.name else NEUTRAL_NAME
    values["office.careers_service"] = html.escape(office.name) if office.name else NEUTRAL_CAREERS_SERVICE
    contact = office.contact
    if contact.email:
        values["office.contact_email"] = f"[{html.escape(contact.email)}](mailto:{contact.email})"
    elif contact.url:
        values["office.contact_email"] = f"the adviser team through [their contact page]({contact.url})"
    else:
        values["office.contact_email"] = NEUTRAL_CONTACT
    return values


def weeks_or_days(days: int, *, with_days: bool = False) -> str:
    """A wait in words: "3 weeks" when it is whole weeks, otherwise "10 days", never rounded to the week.

    ``with_days`` adds the days to whole weeks, "3 weeks (21 days)", for sentences that count them.
    """
    if days % 7:
        return _count(days, "day")
    weeks = _count(days // 7, "week")
    return f"{weeks} ({_count(days, 'day')})" if with_days else weeks


def thank_you_when(within_days: int) -> str:
    """When the thank-you is best sent, as the checker's form proposes it: the next morning at the latest."""
    return "the same day" if within_days == 0 else "the same day or the next morning"


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" + ("" if number == 1 else "s")


# The rule reference ---------------------------------------------------------------------------------------------


def rule_reference(rules: tuple[Rule, ...], policy: Policy, files: Files) -> str:
    """The Markdown of the rule reference: a summary table, then one section per rule, anchored by its id."""
    title_of = _section_titles(files)
    lines = [
        "---",
        "description: Every rule the draft checker applies to a follow-up plan and its notes,"
        " with what it checks, why it matters, an example and a better version.",
        "---",
        "",
        "# Rule reference",
        "",
        "The [draft checker](check-your-draft.md) reads your follow-up plan and your notes and applies the rules"
        " on this page. Each rule says what it checks, why it matters, and shows an example with a better version.",
        "",
        "Each finding has a severity: an **error** is something to fix before you send anything, a **warning**"
        " is something to change in most cases, and a **suggestion** is an idea that can make a good note better.",
        "",
        *_policy_lines(policy),
        "",
        "| Rule | Severity on this site | What it checks |",
        "| --- | --- | --- |",
    ]
    lines += [f"| [{rule.id}](#{rule.id}) | {_severity(rule, policy)} | {rule.summary} |" for rule in rules]
    for rule in rules:
        lines += ["", f"## {rule.id} {{#{rule.id}}}", ""]
        lines += [f"**Severity:** {_severity(rule, policy)}", "", rule.summary, ""]
        for heading, body in rule.sections.items():
            # Raw HTML keeps these out of the table of contents, which lists the rules only.
            lines += [
                f'<h3 id="{rule.id}-{_slug(heading)}">{html.escape(heading)}</h3>',
                "",
                _unsearched_cues(_demote(body)),
                "",
            ]
        target = _guide_target(rule.guide)
        lines.append(f"**In the guide:** [{title_of(target)}]({target})")
    return "\n".join(lines) + "\n"


def _policy_lines(policy: Policy) -> list[str]:
    # The numbers this site's checker uses, in one place (the rule docs quote them through markers too).
    return [
        "The rules use these numbers on this site. Days count from the day of the interview, which is day 0.",
        "",
        "| Setting | Value |",
        "| --- | --- |",
        f"| Thank-you note sent by | day {policy.thank_you_within_days} |",
        f"| First check-in not before | day {policy.check_in_after_days}, or after the employer's date |",
        f"| Long silence after | {policy.silence_after_days} days |",
        f"| Longest thank-you note | {policy.max_words_thank_you} words |",
        f"| Longest check-in | {policy.max_words_check_in} words |",
        f"| Longest reply after a rejection | {policy.max_words_stay_in_touch} words |",
        f"| Longest note about another offer | {policy.max_words_offer_update} words |",
        f"| Longest withdrawal | {policy.max_words_withdrawal} words |",
        f"| Days the checker proposes | Monday to Friday, except {_days_off(policy)} |",
    ]


def _days_off(policy: Policy) -> str:
    if policy.holiday_country is None:
        return "New Year's Day and Christmas Day"
    where = policy.holiday_country + (f" ({policy.holiday_region})" if policy.holiday_region else "")
    return f"the public holidays of {where}"


def _severity(rule: Rule, policy: Policy) -> str:
    severity = policy.severity(rule.id, rule.severity)
    return "off on this site" if severity is None else severity.value


# Where a rule's list of cues begins in its "What it checks" section, as checker/rules/_cues.py writes it.
_CUES_BEGIN = re.compile("^(?:" + "|".join(map(re.escape, CUE_LISTING_OPENINGS)) + ")", re.MULTILINE)


def _unsearched_cues(markdown: str) -> str:
    """A section with its list of cues, if it has one, kept out of the site's search index.

    The lists are a third of the index that every reader's first visit downloads (their examples quote
    the very words a search would look for); the rule's name, summary, reasons and examples stay searchable.
    """
    found = _CUES_BEGIN.search(markdown)
    if found is None:
        return markdown
    cues = markdown[found.start() :].rstrip("\n")
    return markdown[: found.start()] + f"<div markdown data-search-exclude>\n\n{cues}\n\n</div>\n"


def _demote(markdown: str) -> str:
    """Move any heading in a rule's doc section below the section's own level-3 heading."""
    return re.sub(r"^(#{1,4}) ", r"###\1 ", markdown, flags=re.MULTILINE)


def _slug(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def _guide_target(guide: str) -> str:
    """``waiting/#no-pressure`` (a URL path from the site root) as a Markdown link MkDocs can check."""
    path, _, anchor = guide.partition("#")
    page = path.strip("/") or "index"
    return f"{page}.md" + (f"#{anchor}" if anchor else "")


def _section_titles(files: Files) -> Callable[[str], str]:
    """Look up "Page title: section title" for a link target such as ``waiting.md#no-pressure``."""
    cache: dict[str, Mapping[str, str]] = {}

    def titles(page: str) -> Mapping[str, str]:
        if page not in cache:
            file = files.get_file_from_path(page)
            found: dict[str, str] = {}
            if file is not None:
                for match in _HEADING.finditer(file.content_string):
                    found.setdefault(match["anchor"] or "", match["title"])
            cache[page] = found
        return cache[page]

    def title_of(target: str) -> str:
        page, _, anchor = target.partition("#")
        headings = titles(page)
        page_title = headings.get("", page)
        return f"{page_title}: {headings[anchor]}" if anchor in headings else page_title

    return title_of


# The office's colours -------------------------------------------------------------------------------------------

# The surfaces text sits on in each palette: mkdocs-material's page and code backgrounds (slate: hsl(225deg 15% 14%)
# and 18%). Link and accent colours are adjusted until they keep their contrast on all of them.
LIGHT_SURFACES = ("#ffffff", "#f5f5f5")
DARK_SURFACES = ("#1e2129", "#272a35")
WHITE = "#ffffff"
BLACK = "#000000"
TEXT_CONTRAST = 4.5  # WCAG 2.2 AA, 1.4.3


def office_css(office: Office) -> str:
    """The custom primary and accent colours for both palettes, adjusted until text in them stays readable."""
    primary, accent = office.primary, office.accent
    on_primary = _best_text(primary)
    link_light, accent_light = readable(primary, LIGHT_SURFACES), readable(accent, LIGHT_SURFACES)
    link_dark, accent_dark = readable(primary, DARK_SURFACES), readable(accent, DARK_SURFACES)
    return f"""/* Generated by hooks/guide.py from the office's colours ({primary}, {accent}); do not edit. */
[data-md-color-primary="custom"] {{
  --md-primary-fg-color: {primary};
  --md-primary-fg-color--light: {mix(primary, WHITE, 0.2)};
  --md-primary-fg-color--dark: {mix(primary, BLACK, 0.2)};
  --md-primary-bg-color: {on_primary};
  --md-primary-bg-color--light: {on_primary}e6;
  --md-typeset-a-color: {link_light};
}}
[data-md-color-accent="custom"] {{
  --md-accent-fg-color: {accent_light};
  --md-accent-fg-color--transparent: {accent_light}1a;
  --md-accent-bg-color: {_best_text(accent_light)};
  --md-accent-bg-color--light: {_best_text(accent_light)}b3;
  --atl-focus-color: {accent_light};
}}
[data-md-color-scheme="slate"][data-md-color-primary="custom"] {{
  --md-typeset-a-color: {link_dark};
}}
[data-md-color-scheme="slate"][data-md-color-accent="custom"] {{
  --md-accent-fg-color: {accent_dark};
  --md-accent-fg-color--transparent: {accent_dark}1a;
  --md-accent-bg-color: {_best_text(accent_dark)};
  --md-accent-bg-color--light: {_best_text(accent_dark)}b3;
  --atl-focus-color: {accent_dark};
}}
"""


def readable(colour: str, surfaces: tuple[str, ...], ratio: float = TEXT_CONTRAST) -> str:
    """``colour``, moved toward white on dark surfaces or black on light ones, until it reaches ``ratio`` on all."""
    toward = WHITE if _luminance(surfaces[0]) < 0.5 else BLACK
    for step in range(21):
        candidate = mix(colour, toward, step / 20)
        if all(contrast(candidate, surface) >= ratio for surface in surfaces):
            return candidate
    return toward


def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0 to 1) of the way to ``other``, as #rrggbb."""
    a, b = _channels(colour), _channels(other)
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours, from 1 to 21."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _best_text(background: str) -> str:
    """White or black, whichever reads better on ``background``."""
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
