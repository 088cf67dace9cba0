from typing import Literal

GetMessagesResponseItemsItemSenderRole = Literal["agent", "customer", "system"]

GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES: set[GetMessagesResponseItemsItemSenderRole] = {
    "agent",
    "customer",
    "system",
}


def check_get_messages_response_items_item_sender_role(value: str) -> GetMessagesResponseItemsItemSenderRole:
    if value in GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES!r}"
    )
