from typing import Literal

GetMessagesResponse200ItemsItemSenderRole = Literal["agent", "customer", "system"]

GET_MESSAGES_RESPONSE_200_ITEMS_ITEM_SENDER_ROLE_VALUES: set[GetMessagesResponse200ItemsItemSenderRole] = {
    "agent",
    "customer",
    "system",
}


def check_get_messages_response_200_items_item_sender_role(value: str) -> GetMessagesResponse200ItemsItemSenderRole:
    if value in GET_MESSAGES_RESPONSE_200_ITEMS_ITEM_SENDER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MESSAGES_RESPONSE_200_ITEMS_ITEM_SENDER_ROLE_VALUES!r}"
    )
