from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_amazon_connect_params_start_selector_type import (
    START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES,
    StartStreamingRequestAmazonConnectParamsStartSelectorType,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="StartStreamingRequestAmazonConnectParams")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "streamArn",
        "startSelectorType",
        "afterFragmentNumber",
    }
)


@_attrs_define
class StartStreamingRequestAmazonConnectParams:
    """
    Example:
        {'streamArn': 'arn:aws:kinesisvideo:us-east-1:000000000000:stream/streamtest-connect-asappconnect-
            contact-1117e864-690f-4e1e-9dcf-6fbfcc288e41/1654194145007', 'startSelectorType': 'FRAGMENT_NUMBER',
            'afterFragmentNumber': '91343852333181476958523476930058290730435475343'}

    Attributes:
        stream_arn (str | Unset): Amazon stream arn
        start_selector_type (StartStreamingRequestAmazonConnectParamsStartSelectorType | Unset): Identifies the fragment
            on the Kinesis video stream where you want to start getting the data from
        after_fragment_number (str | Unset): Amazon fragment number from where you want to start returning the fragments
            - mandatory if startSelectorType is FRAGMENT_NUMBER
    """

    stream_arn: str | Unset = UNSET
    start_selector_type: StartStreamingRequestAmazonConnectParamsStartSelectorType | Unset = UNSET
    after_fragment_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_arn = self.stream_arn

        start_selector_type: str | Unset = UNSET
        if not isinstance(self.start_selector_type, Unset):
            start_selector_type = self.start_selector_type

        after_fragment_number = self.after_fragment_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_arn is not UNSET:
            field_dict["streamArn"] = stream_arn
        if start_selector_type is not UNSET:
            field_dict["startSelectorType"] = start_selector_type
        if after_fragment_number is not UNSET:
            field_dict["afterFragmentNumber"] = after_fragment_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("streamArn", UNSET)
        stream_arn: str | Unset
        if value is UNSET:
            stream_arn = UNSET
        elif value is None and not strict:
            found += 1
            stream_arn = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "streamArn")
            stream_arn = value

        value = src_dict.get("startSelectorType", UNSET)
        start_selector_type: StartStreamingRequestAmazonConnectParamsStartSelectorType | Unset
        if value is UNSET:
            start_selector_type = UNSET
        elif value is None and not strict:
            found += 1
            start_selector_type = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of "
                    + ", ".join(
                        map(repr, sorted(START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES))
                    ),
                    value,
                    "startSelectorType",
                )
            if strict and value not in START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES:
                raise ShapeError(
                    "one of "
                    + ", ".join(
                        map(repr, sorted(START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES))
                    ),
                    shown_value(value),
                    ("startSelectorType",),
                )
            start_selector_type = cast(StartStreamingRequestAmazonConnectParamsStartSelectorType, value)

        value = src_dict.get("afterFragmentNumber", UNSET)
        after_fragment_number: str | Unset
        if value is UNSET:
            after_fragment_number = UNSET
        elif value is None and not strict:
            found += 1
            after_fragment_number = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "afterFragmentNumber")
            after_fragment_number = value

        start_streaming_request_amazon_connect_params = cls(
            stream_arn,
            start_selector_type,
            after_fragment_number,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_request_amazon_connect_params.additional_properties = additional_properties
        return start_streaming_request_amazon_connect_params

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
