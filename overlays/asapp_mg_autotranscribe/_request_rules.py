"""What the API's spec says only in prose, checked on a request body as it will be sent.

The spec's schema (types, enums, required properties) is checked by the generated request
models. These are the rules its descriptions state in words: with namespace ``twilio`` the
guid is a Call SID, ids are not blank, detailed tokens need unredacted output, a
``FRAGMENT_NUMBER`` start needs the fragment's number. Each is a check of the JSON body in
the API's own (camelCase) names, keyed by the operation's operationId, so it holds however
the body was built: from the method's arguments, with ``extra_body`` merged in.

A message names a property the way the caller gave it: ``extra_body['guid']`` when the
value came from ``extra_body``, else the method's argument (``call_sid``, ``detailed_token``,
``amazon_connect['stream_arn']``), else the property's wire path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final, Protocol

import attrs

from ._exceptions import InvalidRequestError

__all__ = ["RULES", "Rule", "SentBody", "check_request_body"]

Path = tuple[str, ...]
"""A property's place in the body: ("autotranscribeParams", "detailedToken")."""

_CALL_SID = re.compile(r"CA[0-9a-fA-F]{32}")
_MISSING: Final = object()


class SentBody:
    """A request body as it will be sent, and where each of its values came from."""

    __slots__ = ("argument_names", "body", "extra_body")

    def __init__(
        self,
        body: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        argument_names: Mapping[str, str],
    ) -> None:
        self.body = body
        # The caller's extra_body (its values won the merge), or None.
        self.extra_body = extra_body
        # The method's name for each property it built, by dotted wire path ("guid": "call_sid").
        self.argument_names = argument_names

    def get(self, path: Path) -> object:
        """The value at ``path``, or _MISSING."""
        node: object = self.body
        for key in path:
            if not isinstance(node, dict):
                return _MISSING
            node = node.get(key, _MISSING)
        return node

    def name(self, path: Path) -> str:
        """The property at ``path`` as the caller gave it, for a message."""
        node: object = self.extra_body
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                dotted = ".".join(path)
                return self.argument_names.get(dotted, dotted)
            node = node[key]
        return "extra_body" + "".join(f"[{key!r}]" for key in path)


class Rule(Protocol):
    """One rule: InvalidRequestError if the body breaks it."""

    @property
    def paths(self) -> tuple[Path, ...]:
        """The properties it reads (tests hold each to the operation's request schema)."""
        ...

    def __call__(self, sent: SentBody) -> None: ...


@attrs.frozen
class NotBlank:
    """Each of these string properties, when present, is not empty or whitespace."""

    paths: tuple[Path, ...]

    def __call__(self, sent: SentBody) -> None:
        for path in self.paths:
            value = sent.get(path)
            if isinstance(value, str) and not value.strip():
                raise InvalidRequestError(f"{sent.name(path)} must not be empty")


@attrs.frozen
class CallSidForTwilio:
    """With namespace ``twilio``, the guid is a Twilio Call SID: ``CA`` + 32 hex digits."""

    namespace: Path = ("namespace",)
    guid: Path = ("guid",)

    @property
    def paths(self) -> tuple[Path, ...]:
        """The namespace and the guid."""
        return (self.namespace, self.guid)

    def __call__(self, sent: SentBody) -> None:
        if sent.get(self.namespace) != "twilio":
            return
        guid = sent.get(self.guid)
        # A guid that is missing or not a string is the schema's to refuse.
        if not isinstance(guid, str) or _CALL_SID.fullmatch(guid):
            return
        shown = repr(guid) if len(guid) <= 40 else f"{len(guid)} characters"
        raise InvalidRequestError(
            f"{sent.name(self.guid)} must be a Twilio Call SID ('CA' and 32 hex digits) "
            f"when {sent.name(self.namespace)} is 'twilio'; got {shown}"
        )


@attrs.frozen
class Requires:
    """When the property ``when`` is ``value``, ``then`` is ``expected`` (or, if
    ``expected`` is None, present); ``why`` says what the API does otherwise."""

    when: Path
    value: object
    then: Path
    expected: object = None
    why: str = ""

    @property
    def paths(self) -> tuple[Path, ...]:
        """The condition's property and the one it requires."""
        return (self.when, self.then)

    def __call__(self, sent: SentBody) -> None:
        if sent.get(self.when) != self.value:
            return
        actual = sent.get(self.then)
        when = f"{sent.name(self.when)}={self.value!r}"
        if self.expected is None:
            if actual is _MISSING or actual is None:
                raise InvalidRequestError(f"{sent.name(self.then)} is required when {when}")
        elif actual != self.expected:
            shown = "not given" if actual is _MISSING else repr(actual)
            raise InvalidRequestError(
                f"{when} needs {sent.name(self.then)}={self.expected!r}: {self.why} "
                f"({sent.name(self.then)} is {shown})"
            )


RULES: Mapping[str, tuple[Rule, ...]] = {
    "startStreaming": (
        NotBlank(
            (
                ("guid",),
                ("customerId",),
                ("agentId",),
                ("autotranscribeParams", "language"),
                ("amazonConnectParams", "streamArn"),
                ("amazonConnectParams", "afterFragmentNumber"),
            )
        ),
        CallSidForTwilio(),
        Requires(
            when=("autotranscribeParams", "detailedToken"),
            value=True,
            then=("autotranscribeParams", "redactionOutput"),
            expected="unredacted",
            why="the API rejects detailed tokens with redacted output, its default",
        ),
        Requires(
            when=("amazonConnectParams", "startSelectorType"),
            value="FRAGMENT_NUMBER",
            then=("amazonConnectParams", "afterFragmentNumber"),
        ),
    ),
    "stopStreaming": (NotBlank((("guid",),)), CallSidForTwilio()),
}
"""The rules of each operation with a JSON body, by operationId."""


def check_request_body(
    operation_id: str,
    body: Mapping[str, Any],
    *,
    extra_body: Mapping[str, Any] | None,
    argument_names: Mapping[str, str],
) -> None:
    """InvalidRequestError if ``body`` (extra_body merged in) breaks a rule of the operation."""
    sent = SentBody(body, extra_body, argument_names)
    for rule in RULES.get(operation_id, ()):
        rule(sent)
