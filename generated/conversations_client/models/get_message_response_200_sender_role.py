from typing import Literal

GetMessageResponse200SenderRole = Literal["agent", "customer", "system"]

GET_MESSAGE_RESPONSE_200_SENDER_ROLE_VALUES: set[GetMessageResponse200SenderRole] = {
    "agent",
    "customer",
    "system",
}


def check_get_message_response_200_sender_role(value: str) -> GetMessageResponse200SenderRole:
    if value in GET_MESSAGE_RESPONSE_200_SENDER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MESSAGE_RESPONSE_200_SENDER_ROLE_VALUES!r}")
