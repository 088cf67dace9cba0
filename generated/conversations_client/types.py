"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define
from dateutil.parser import isoparse


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class ShapeError(ValueError):
    """A JSON value does not fit its schema.

    Each model's ``from_dict`` raises it (naming the path) for a value of the wrong type or a
    missing required property. Properties the schema does not list are kept in the model's
    ``additional_properties``. Unless ``strict`` (a request, which the API would refuse), an
    enum value the schema does not list is kept as it is, and a null optional property
    reads as UNSET.

    ``path`` says where (object keys and array indexes from the outermost value),
    ``expected`` what the schema wants and ``got`` what arrived: the JSON type, or for an
    enum the value itself (cut short). The value of a wrong-typed field is never shown: it
    may be personal data.
    """

    path: tuple[str | int, ...]
    expected: str
    got: str

    def __init__(self, expected: str, got: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(expected, got, path)
        self.expected = expected
        self.got = got
        self.path = path

    @classmethod
    def wrong_type(cls, expected: str, value: object, key: str | int) -> "ShapeError":
        """``value`` at ``key`` is not of the JSON type ``expected``."""
        return cls(expected, json_type(value), (key,))

    @classmethod
    def missing(cls, key: str) -> "ShapeError":
        """The required property ``key`` is absent."""
        return cls("a value (the property is required)", "nothing", (key,))

    def within(self, key: str | int) -> "ShapeError":
        """The same error, one level further in (``key`` is the enclosing property or index)."""
        return ShapeError(self.expected, self.got, (key, *self.path))

    @property
    def where(self) -> str:
        """The path as one string, such as ``autotranscribeResponse.customer.streamId``."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def __str__(self) -> str:
        return f"{self.where or 'the value'}: expected {self.expected}, got {self.got}"


def json_type(value: object) -> str:
    """The JSON type of a decoded value, as a ShapeError shows it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def shown_value(value: object) -> str:
    """An enum value as a ShapeError shows it: its repr, cut to 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_datetime(value: object, key: str | int) -> datetime.datetime:
    """An RFC 3339 date-time (with its UTC offset, as the format requires) as an aware datetime."""
    if not isinstance(value, str):
        raise ShapeError.wrong_type("a date-time string", value, key)
    try:
        parsed = isoparse(value)
    except (ValueError, OverflowError):
        raise ShapeError("a date-time string", "a string that is not one", (key,)) from None
    if parsed.tzinfo is None:
        raise ShapeError("a date-time with a UTC offset", "one without", (key,))
    return parsed


def parse_date(value: object, key: str | int) -> datetime.date:
    """An RFC 3339 full-date."""
    if not isinstance(value, str):
        raise ShapeError.wrong_type("a date string", value, key)
    try:
        return isoparse(value).date()
    except (ValueError, OverflowError):
        raise ShapeError("a date string", "a string that is not one", (key,)) from None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ShapeError",
    "Unset",
    "json_type",
    "parse_date",
    "parse_datetime",
    "shown_value",
]
