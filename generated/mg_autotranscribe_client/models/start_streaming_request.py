from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_namespace import (
    StartStreamingRequestNamespace,
    check_start_streaming_request_namespace,
)
from ..types import UNSET, Unset

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


@_attrs_define
class StartStreamingRequest:
    """
    Attributes:
        namespace (StartStreamingRequestNamespace): The media gateway platform or protocol that carries the call's
            audio. Example: twilio.
        guid (str): Globally unique identifier of the call (UCID): the decimal form for SIPREC, the Call SID for Twilio.
            Example: CA5b040e075515c424391012acc5a870cf.
        customer_id (str): Identifier of the customer, usually taken from the call centre's CTI data. Example:
            TT9833237.
        agent_id (str): Identifier of the agent, usually taken from the call centre's CTI data. Example: RE223444211993.
        autotranscribe_params (StartStreamingRequestAutotranscribeParams | Unset): Transcription settings
        siprec_params (StartStreamingRequestSiprecParams | Unset): Settings for the siprec namespace
        twilio_params (StartStreamingRequestTwilioParams | Unset): Settings for the twilio namespace
        amazon_connect_params (StartStreamingRequestAmazonConnectParams | Unset): Settings for the amazonconnect
            namespace
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_streaming_request_amazon_connect_params import (
            StartStreamingRequestAmazonConnectParams,  # noqa: PLC0415
        )
        from ..models.start_streaming_request_autotranscribe_params import (
            StartStreamingRequestAutotranscribeParams,  # noqa: PLC0415
        )
        from ..models.start_streaming_request_siprec_params import (
            StartStreamingRequestSiprecParams,  # noqa: PLC0415
        )
        from ..models.start_streaming_request_twilio_params import (
            StartStreamingRequestTwilioParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        namespace = check_start_streaming_request_namespace(d.pop("namespace"))

        guid = d.pop("guid")

        customer_id = d.pop("customerId")

        agent_id = d.pop("agentId")

        _autotranscribe_params = d.pop("autotranscribeParams", UNSET)
        autotranscribe_params: StartStreamingRequestAutotranscribeParams | Unset
        if isinstance(_autotranscribe_params, Unset):
            autotranscribe_params = UNSET
        else:
            autotranscribe_params = StartStreamingRequestAutotranscribeParams.from_dict(_autotranscribe_params)

        _siprec_params = d.pop("siprecParams", UNSET)
        siprec_params: StartStreamingRequestSiprecParams | Unset
        if isinstance(_siprec_params, Unset):
            siprec_params = UNSET
        else:
            siprec_params = StartStreamingRequestSiprecParams.from_dict(_siprec_params)

        _twilio_params = d.pop("twilioParams", UNSET)
        twilio_params: StartStreamingRequestTwilioParams | Unset
        if isinstance(_twilio_params, Unset):
            twilio_params = UNSET
        else:
            twilio_params = StartStreamingRequestTwilioParams.from_dict(_twilio_params)

        _amazon_connect_params = d.pop("amazonConnectParams", UNSET)
        amazon_connect_params: StartStreamingRequestAmazonConnectParams | Unset
        if isinstance(_amazon_connect_params, Unset):
            amazon_connect_params = UNSET
        else:
            amazon_connect_params = StartStreamingRequestAmazonConnectParams.from_dict(_amazon_connect_params)

        start_streaming_request = cls(
            namespace=namespace,
            guid=guid,
            customer_id=customer_id,
            agent_id=agent_id,
            autotranscribe_params=autotranscribe_params,
            siprec_params=siprec_params,
            twilio_params=twilio_params,
            amazon_connect_params=amazon_connect_params,
        )

        start_streaming_request.additional_properties = d
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
