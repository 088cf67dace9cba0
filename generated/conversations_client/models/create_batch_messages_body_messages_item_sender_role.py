from typing import Literal

CreateBatchMessagesBodyMessagesItemSenderRole = Literal["agent", "customer", "system"]

CREATE_BATCH_MESSAGES_BODY_MESSAGES_ITEM_SENDER_ROLE_VALUES: set[CreateBatchMessagesBodyMessagesItemSenderRole] = {
    "agent",
    "customer",
    "system",
}


def check_create_batch_messages_body_messages_item_sender_role(
    value: str,
) -> CreateBatchMessagesBodyMessagesItemSenderRole:
    if value in CREATE_BATCH_MESSAGES_BODY_MESSAGES_ITEM_SENDER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_BATCH_MESSAGES_BODY_MESSAGES_ITEM_SENDER_ROLE_VALUES!r}"
    )
