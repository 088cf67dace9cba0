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
    from ..models.post_authenticate_body_auth import PostAuthenticateBodyAuth


T = TypeVar("T", bound="PostAuthenticateBody")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "customerExternalId",
        "auth",
        "streamId",
    }
)


@_attrs_define
class PostAuthenticateBody:
    """Contains authentication information for a customer in a conversation.

    Example:
        {'customerExternalId': 'customer-xyz', 'token': 'cGFzc3dvcmQ='}

    Attributes:
        customer_external_id (str): The unique identifier for the customer in your external system. Example:
            a03839d6-461c-479c-99db-8160174ef12d.
        auth (PostAuthenticateBodyAuth): An authentication payload that could contain different types of credentials,
            such as a token, used to
            authenticate an end user. All of the fields are optional, but at least one will be required
        stream_id (str | Unset): The unique identifier for the connection where responses should be sent. Example:
            97555020-0276-435f-8104-c378221ba292.
    """

    customer_external_id: str
    auth: PostAuthenticateBodyAuth
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_external_id = self.customer_external_id

        auth = self.auth.to_dict()

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerExternalId": customer_external_id,
                "auth": auth,
            }
        )
        if stream_id is not UNSET:
            field_dict["streamId"] = stream_id

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
        value = src_dict.get("customerExternalId", UNSET)
        customer_external_id: str
        if value is UNSET:
            raise ShapeError.missing("customerExternalId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "customerExternalId")
            customer_external_id = value

        value = src_dict.get("auth", UNSET)
        auth: PostAuthenticateBodyAuth
        if value is UNSET:
            raise ShapeError.missing("auth")
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "auth")
            try:
                auth = PostAuthenticateBodyAuth.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("auth") from None

        value = src_dict.get("streamId", UNSET)
        stream_id: str | Unset
        if value is UNSET:
            stream_id = UNSET
        elif value is None and not strict:
            found += 1
            stream_id = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "streamId")
            stream_id = value

        post_authenticate_body = cls(
            customer_external_id,
            auth,
            stream_id,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            post_authenticate_body.additional_properties = additional_properties
        return post_authenticate_body

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


from ..models.post_authenticate_body_auth import PostAuthenticateBodyAuth  # noqa: E402
