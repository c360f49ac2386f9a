"""Rendering a mail: each kind has three Jinja templates in `templates/` — `<kind>.subject.txt`,
`<kind>.txt` (plain text) and `<kind>.html` — extending `base.txt` / `base.html`. HTML is autoescaped;
links are absolute (`links.web`, the web app's public origin, BETTER_AUTH_URL)."""

from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


@dataclass(frozen=True)
class Links:
    web: str  # the web app's origin, no trailing slash
    unsubscribe: str | None = None  # the visible one-click link; None for account mail

    def to(self, path: str) -> str:
        return f"{self.web}{path}"


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("app.email", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,  # a missing payload field fails the render (and the test), not the reader
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_email(kind: str, payload: dict[str, Any], links: Links) -> RenderedEmail:
    env = environment()
    context = {**payload, "links": links}
    subject = env.get_template(f"{kind}.subject.txt").render(context)
    return RenderedEmail(
        # One line, whatever the template's whitespace: a newline in a header would break the mail.
        subject=" ".join(subject.split()),
        text=env.get_template(f"{kind}.txt").render(context),
        html=env.get_template(f"{kind}.html").render(context),
    )
