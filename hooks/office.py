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

__all__ = ["ConfigError", "Contact", "Office", "OfficeConfig", "holiday_years", "load_office"]

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
    primary: str = "#1d4f91"
    accent: str = "#00796b"
    footer: str = ""
    contact: Contact = field(default_factory=Contact)


@dataclass(frozen=True)
class OfficeConfig:
    office: Office
    site_url: str
    policy: Policy
    path: Path
    # The public holidays of the policy's country for the years the site is read (holiday_years).
    working_days: WorkingDays = DEFAULT_WORKING_DAYS


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
        site = _table("site", table.get("site") or {}, ("url",))
        site_url = _text("site.url", site.get("url"))
        if site_url and not _URL.fullmatch(site_url):
            raise ConfigError(f"site.url: {site_url!r} is not an http(s) URL")
        policy = policy_from_document({"office": {"name": office.name}, "policy": table.get("policy") or {}})
        working_days = working_days_for(policy, holiday_years(dt.date.today()))
    except (ConfigError, PolicyError) as error:
        raise ConfigError(f"{path}: {error}") from None
    return OfficeConfig(office, site_url, policy, path, working_days)


def _office(data: object) -> Office:
    table = _table("office", data, ("name", "logo", "colors", "footer", "contact"))
    colours = _table("office.colors", table.get("colors") or {}, ("primary", "accent"))
    contact = _table("office.contact", table.get("contact") or {}, ("label", "url", "email", "hours"))
    defaults, default_contact = Office(), Contact()
    url = _text("office.contact.url", contact.get("url"))
    if url and not _URL.fullmatch(url):
        raise ConfigError(f"office.contact.url: {url!r} is not an http(s) URL")
    email = _text("office.contact.email", contact.get("email"))
    if email and not _EMAIL.fullmatch(email):
        raise ConfigError(f"office.contact.email: {email!r} is not an email address")
    return Office(
        name=_text("office.name", table.get("name")),
        logo=_text("office.logo", table.get("logo")),
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
