from typing import Literal

CreateMessageBodySenderRole = Literal["agent", "customer", "system"]

CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES: set[CreateMessageBodySenderRole] = {
    "agent",
    "customer",
    "system",
}


def check_create_message_body_sender_role(value: str) -> CreateMessageBodySenderRole:
    if value in CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES!r}")
