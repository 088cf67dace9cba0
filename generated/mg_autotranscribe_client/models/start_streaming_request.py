from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_namespace import (
    START_STREAMING_REQUEST_NAMESPACE_VALUES,
    StartStreamingRequestNamespace,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

if TYPE_CHECKING:
    from ..models.start_streaming_request_amazon_connect_params import (
        StartStreamingRequestAmazonConnectParams,
    )
    from ..models.start_streaming_request_autotranscribe_params import (
        StartStreamingRequestAutotranscribeParams,
    )
    from ..models.start_streaming_request_siprec_params import (
        StartStreamingRequestSiprecParams,
    )
    from ..models.start_streaming_request_twilio_params import (
        StartStreamingRequestTwilioParams,
    )


T = TypeVar("T", bound="StartStreamingRequest")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "namespace",
        "guid",
        "customerId",
        "agentId",
        "autotranscribeParams",
        "siprecParams",
        "twilioParams",
        "amazonConnectParams",
    }
)


@_attrs_define
class StartStreamingRequest:
    """
    Example:
        {'namespace': 'siprec', 'guid': '0867617078-0032318833-2221801472-0002236962', 'customerId': 'customerId',
            'agentId': 'agentId', 'autotranscribeParams': {'language': 'en-US'}, 'siprecParams': {'mediaLineOrder':
            'CUSTOMER_FIRST'}}

    Attributes:
        namespace (StartStreamingRequestNamespace): The media gateway platform or protocol you are using.
        guid (str): The globally unique Id for the call, also sometimes called Unique Call Id (UCID). Must be in decimal
            form.
        customer_id (str): Id of the customer on the call. Usually taken from Call Center CTI information.
        agent_id (str): The Id of the agent on the call. Usually taken from Call Center CTI information.
        autotranscribe_params (StartStreamingRequestAutotranscribeParams | Unset):  Example: {'language': 'en-US',
            'detailedToken': False, 'audioRecordingAllowed': False, 'redactionOutput': 'redacted'}.
        siprec_params (StartStreamingRequestSiprecParams | Unset):
        twilio_params (StartStreamingRequestTwilioParams | Unset):  Example: {'trackMap': {'inbound': 'customer',
            'outbound': 'agent'}}.
        amazon_connect_params (StartStreamingRequestAmazonConnectParams | Unset):  Example: {'streamArn':
            'arn:aws:kinesisvideo:us-east-1:000000000000:stream/streamtest-connect-asappconnect-
            contact-1117e864-690f-4e1e-9dcf-6fbfcc288e41/1654194145007', 'startSelectorType': 'FRAGMENT_NUMBER',
            'afterFragmentNumber': '91343852333181476958523476930058290730435475343'}.
    """

    namespace: StartStreamingRequestNamespace
    guid: str
    customer_id: str
    agent_id: str
    autotranscribe_params: StartStreamingRequestAutotranscribeParams | Unset = UNSET
    siprec_params: StartStreamingRequestSiprecParams | Unset = UNSET
    twilio_params: StartStreamingRequestTwilioParams | Unset = UNSET
    amazon_connect_params: StartStreamingRequestAmazonConnectParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace: str = self.namespace

        guid = self.guid

        customer_id = self.customer_id

        agent_id = self.agent_id

        autotranscribe_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autotranscribe_params, Unset):
            autotranscribe_params = self.autotranscribe_params.to_dict()

        siprec_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.siprec_params, Unset):
            siprec_params = self.siprec_params.to_dict()

        twilio_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.twilio_params, Unset):
            twilio_params = self.twilio_params.to_dict()

        amazon_connect_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_connect_params, Unset):
            amazon_connect_params = self.amazon_connect_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "guid": guid,
                "customerId": customer_id,
                "agentId": agent_id,
            }
        )
        if autotranscribe_params is not UNSET:
            field_dict["autotranscribeParams"] = autotranscribe_params
        if siprec_params is not UNSET:
            field_dict["siprecParams"] = siprec_params
        if twilio_params is not UNSET:
            field_dict["twilioParams"] = twilio_params
        if amazon_connect_params is not UNSET:
            field_dict["amazonConnectParams"] = amazon_connect_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("namespace", UNSET)
        namespace: StartStreamingRequestNamespace
        if value is UNSET:
            raise ShapeError.missing("namespace")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of " + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_NAMESPACE_VALUES))),
                    value,
                    "namespace",
                )
            if strict and value not in START_STREAMING_REQUEST_NAMESPACE_VALUES:
                raise ShapeError(
                    "one of " + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_NAMESPACE_VALUES))),
                    shown_value(value),
                    ("namespace",),
                )
            namespace = cast(StartStreamingRequestNamespace, value)

        value = src_dict.get("guid", UNSET)
        guid: str
        if value is UNSET:
            raise ShapeError.missing("guid")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "guid")
            guid = value

        value = src_dict.get("customerId", UNSET)
        customer_id: str
        if value is UNSET:
            raise ShapeError.missing("customerId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "customerId")
            customer_id = value

        value = src_dict.get("agentId", UNSET)
        agent_id: str
        if value is UNSET:
            raise ShapeError.missing("agentId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "agentId")
            agent_id = value

        value = src_dict.get("autotranscribeParams", UNSET)
        autotranscribe_params: StartStreamingRequestAutotranscribeParams | Unset
        if value is UNSET:
            autotranscribe_params = UNSET
        elif value is None and not strict:
            found += 1
            autotranscribe_params = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "autotranscribeParams")
            try:
                autotranscribe_params = StartStreamingRequestAutotranscribeParams.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("autotranscribeParams") from None

        value = src_dict.get("siprecParams", UNSET)
        siprec_params: StartStreamingRequestSiprecParams | Unset
        if value is UNSET:
            siprec_params = UNSET
        elif value is None and not strict:
            found += 1
            siprec_params = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "siprecParams")
            try:
                siprec_params = StartStreamingRequestSiprecParams.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("siprecParams") from None

        value = src_dict.get("twilioParams", UNSET)
        twilio_params: StartStreamingRequestTwilioParams | Unset
        if value is UNSET:
            twilio_params = UNSET
        elif value is None and not strict:
            found += 1
            twilio_params = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "twilioParams")
            try:
                twilio_params = StartStreamingRequestTwilioParams.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("twilioParams") from None

        value = src_dict.get("amazonConnectParams", UNSET)
        amazon_connect_params: StartStreamingRequestAmazonConnectParams | Unset
        if value is UNSET:
            amazon_connect_params = UNSET
        elif value is None and not strict:
            found += 1
            amazon_connect_params = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "amazonConnectParams")
            try:
                amazon_connect_params = StartStreamingRequestAmazonConnectParams.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("amazonConnectParams") from None

        start_streaming_request = cls(
            namespace,
            guid,
            customer_id,
            agent_id,
            autotranscribe_params,
            siprec_params,
            twilio_params,
            amazon_connect_params,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_request.additional_properties = additional_properties
        return start_streaming_request

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


from ..models.start_streaming_request_amazon_connect_params import (
    StartStreamingRequestAmazonConnectParams,  # noqa: E402
)
from ..models.start_streaming_request_autotranscribe_params import (
    StartStreamingRequestAutotranscribeParams,  # noqa: E402
)
from ..models.start_streaming_request_siprec_params import (
    StartStreamingRequestSiprecParams,  # noqa: E402
)
from ..models.start_streaming_request_twilio_params import (
    StartStreamingRequestTwilioParams,  # noqa: E402
)
