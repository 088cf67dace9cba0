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
    from ..models.get_messages_response_items_item import GetMessagesResponseItemsItem


T = TypeVar("T", bound="GetMessagesResponse")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "items",
    }
)


@_attrs_define
class GetMessagesResponse:
    """Response for GetMessages

    Attributes:
        items (list[GetMessagesResponseItemsItem] | Unset):
    """

    items: list[GetMessagesResponseItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("items", UNSET)
        items: list[GetMessagesResponseItemsItem] | Unset
        if value is UNSET:
            items = UNSET
        elif value is None and not strict:
            found += 1
            items = UNSET
        else:
            found += 1
            if not isinstance(value, list):
                raise ShapeError.wrong_type("an array", value, "items")
            items_0: list[GetMessagesResponseItemsItem] = []
            for index_0, item_0 in enumerate(value):
                try:
                    if not isinstance(item_0, dict) and not isinstance(item_0, Mapping):
                        raise ShapeError.wrong_type("an object", item_0, index_0)
                    try:
                        parsed_0 = GetMessagesResponseItemsItem.from_dict(item_0, strict=strict)
                    except ShapeError as error:
                        raise error.within(index_0) from None

                except ShapeError as error:
                    raise error.within("items") from None
                items_0.append(parsed_0)
            items = items_0

        get_messages_response = cls(
            items,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            get_messages_response.additional_properties = additional_properties
        return get_messages_response

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


from ..models.get_messages_response_items_item import GetMessagesResponseItemsItem  # noqa: E402
