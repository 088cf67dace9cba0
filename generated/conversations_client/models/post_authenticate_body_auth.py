from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
)

if TYPE_CHECKING:
    from ..models.post_authenticate_body_auth_body import PostAuthenticateBodyAuthBody
    from ..models.post_authenticate_body_auth_cookies import (
        PostAuthenticateBodyAuthCookies,
    )
    from ..models.post_authenticate_body_auth_headers import (
        PostAuthenticateBodyAuthHeaders,
    )


T = TypeVar("T", bound="PostAuthenticateBodyAuth")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "body",
        "cookies",
        "headers",
        "token",
    }
)


@_attrs_define
class PostAuthenticateBodyAuth:
    """An authentication payload that could contain different types of credentials, such as a token, used to
    authenticate an end user. All of the fields are optional, but at least one will be required

        Attributes:
            body (PostAuthenticateBodyAuthBody | Unset): Any authentication data to be sent in the request body, if
                applicable.
            cookies (PostAuthenticateBodyAuthCookies | Unset): Any authentication data to be sent as cookies, if applicable.
            headers (PostAuthenticateBodyAuthHeaders | Unset): Any authentication data to be sent in the request headers, if
                applicable.
            token (str | Unset): An authentication token for the user, if applicable.
    """

    body: PostAuthenticateBodyAuthBody | Unset = UNSET
    cookies: PostAuthenticateBodyAuthCookies | Unset = UNSET
    headers: PostAuthenticateBodyAuthHeaders | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        cookies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cookies, Unset):
            cookies = self.cookies.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if cookies is not UNSET:
            field_dict["cookies"] = cookies
        if headers is not UNSET:
            field_dict["headers"] = headers
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, checking every value against the schema.

        Raises ShapeError (naming the path) for a value of the wrong type or a missing
        required property. Properties the schema does not list are kept in
        ``additional_properties``. Unless ``strict`` (a request, which the API would
        refuse), an enum value the schema does not list is kept as it is, and a null
        optional property reads as UNSET.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("body", UNSET)
        body: PostAuthenticateBodyAuthBody | Unset
        if value is UNSET:
            body = UNSET
        elif value is None and not strict:
            found += 1
            body = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "body")
            try:
                body = PostAuthenticateBodyAuthBody.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("body") from None

        value = src_dict.get("cookies", UNSET)
        cookies: PostAuthenticateBodyAuthCookies | Unset
        if value is UNSET:
            cookies = UNSET
        elif value is None and not strict:
            found += 1
            cookies = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "cookies")
            try:
                cookies = PostAuthenticateBodyAuthCookies.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("cookies") from None

        value = src_dict.get("headers", UNSET)
        headers: PostAuthenticateBodyAuthHeaders | Unset
        if value is UNSET:
            headers = UNSET
        elif value is None and not strict:
            found += 1
            headers = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "headers")
            try:
                headers = PostAuthenticateBodyAuthHeaders.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("headers") from None

        value = src_dict.get("token", UNSET)
        token: str | Unset
        if value is UNSET:
            token = UNSET
        elif value is None and not strict:
            found += 1
            token = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "token")
            token = value

        post_authenticate_body_auth = cls(
            body,
            cookies,
            headers,
            token,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            post_authenticate_body_auth.additional_properties = additional_properties
        return post_authenticate_body_auth

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.post_authenticate_body_auth_body import PostAuthenticateBodyAuthBody  # noqa: E402
from ..models.post_authenticate_body_auth_cookies import PostAuthenticateBodyAuthCookies  # noqa: E402
from ..models.post_authenticate_body_auth_headers import PostAuthenticateBodyAuthHeaders  # noqa: E402
