"""The career office's config (office.yml): load it, check it, and say clearly what is wrong.

Used by the MkDocs hooks; the checker's part of it is read by ``checker.policy_from_document``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from checker import DEFAULT_WORKING_DAYS, Policy, PolicyError, WorkingDays, policy_from_document
from checker._public_holidays import working_days_for

__all__ = ["ConfigError", "Contact", "Office", "OfficeConfig", "Site", "checked_url", "holiday_years", "load_office"]

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_URL = re.compile(r"https?://[^\s]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class ConfigError(ValueError):
    """A mistake in office.yml; the message names the file and the key."""


@dataclass(frozen=True)
class Contact:
    label: str = "Talk to a careers adviser"
    url: str = ""
    email: str = ""
    hours: str = ""

    @property
    def present(self) -> bool:
        return bool(self.url or self.email)


@dataclass(frozen=True)
class Office:
    name: str = ""
    logo: str = ""
    logo_alt: str = ""  # the logo's text for those who cannot see it; empty: the office's name, or the site's title
    favicon: str = ""
    primary: str = "#1d4f91"
    accent: str = "#00796b"
    footer: str = ""
    contact: Contact = field(default_factory=Contact)


@dataclass(frozen=True)
class Site:
    """Where and how the guide is published: its address, its title, which pages the navigation lists."""

    url: str = ""
    title: str = ""  # empty: the guide's own title, "After the Interview"
    show_career_offices_page: bool = True


@dataclass(frozen=True)
class OfficeConfig:
    office: Office
    site: Site
    policy: Policy
    path: Path
    # The public holidays of the policy's country for the years the site is read (holiday_years).
    working_days: WorkingDays = DEFAULT_WORKING_DAYS

    @property
    def site_url(self) -> str:
        return self.site.url


def holiday_years(today: dt.date) -> range:
    """The years a site built ``today`` gives holidays for: it is read for years after it is built."""
    return range(today.year - 1, today.year + 6)


def load_office(path: Path) -> OfficeConfig:
    """Read and validate ``path``; raises :class:`ConfigError` naming the first mistake."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: invalid YAML ({' '.join(str(error).split())})") from None
    try:
        table = _table("", data, ("office", "site", "policy"))
        office = _office(table.get("office") or {})
        site = _site(table.get("site") or {})
        policy = policy_from_document({"office": {"name": office.name}, "policy": table.get("policy") or {}})
        working_days = working_days_for(policy, holiday_years(dt.date.today()))
    except (ConfigError, PolicyError) as error:
        raise ConfigError(f"{path}: {error}") from None
    return OfficeConfig(office, site, policy, path, working_days)


def _office(data: object) -> Office:
    table = _table("office", data, ("name", "logo", "logo_alt", "favicon", "colors", "footer", "contact"))
    colours = _table("office.colors", table.get("colors") or {}, ("primary", "accent"))
    contact = _table("office.contact", table.get("contact") or {}, ("label", "url", "email", "hours"))
    defaults, default_contact = Office(), Contact()
    url = checked_url("office.contact.url", _text("office.contact.url", contact.get("url")))
    email = _text("office.contact.email", contact.get("email"))
    if email and not _EMAIL.fullmatch(email):
        raise ConfigError(f"office.contact.email: {email!r} is not an email address")
    return Office(
        name=_text("office.name", table.get("name")),
        logo=_text("office.logo", table.get("logo")),
        logo_alt=_text("office.logo_alt", table.get("logo_alt")),
        favicon=_text("office.favicon", table.get("favicon")),
        primary=_colour("office.colors.primary", colours.get("primary"), defaults.primary),
        accent=_colour("office.colors.accent", colours.get("accent"), defaults.accent),
        footer=_text("office.footer", table.get("footer")),
        contact=Contact(
            label=_text("office.contact.label", contact.get("label")) or default_contact.label,
            url=url,
            email=email,
            hours=_text("office.contact.hours", contact.get("hours")),
        ),
    )


def _site(data: object) -> Site:
    table = _table("site", data, ("url", "title", "show_career_offices_page"))
    shown = table.get("show_career_offices_page", True)
    if not isinstance(shown, bool):
        raise ConfigError(f"site.show_career_offices_page: expected true or false, got {shown!r}")
    return Site(
        url=checked_url("site.url", _text("site.url", table.get("url"))),
        title=_text("site.title", table.get("title")),
        show_career_offices_page=shown,
    )


def checked_url(where: str, url: str) -> str:
    """``url`` when it is empty or an http(s) URL; a :class:`ConfigError` naming ``where`` otherwise."""
    if url and not _URL.fullmatch(url):
        raise ConfigError(f"{where}: {url!r} is not an http(s) URL")
    return url


def _table(where: str, data: object, known: tuple[str, ...]) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where or 'the file'}: expected a table of settings")
    for key in data:
        if key not in known:
            name = f"{where}.{key}" if where else str(key)
            raise ConfigError(f"{name}: unknown key (known: {', '.join(known)})")
    return data


def _text(where: str, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected text, got {value!r}")
    return value.strip()


def _colour(where: str, value: object, default: str) -> str:
    text = _text(where, value)
    if not text:
        return default
    if not _COLOUR.fullmatch(text):
        raise ConfigError(f"{where}: {text!r} is not a colour (use #rrggbb, for example #1d4f91)")
    return text.lower()
