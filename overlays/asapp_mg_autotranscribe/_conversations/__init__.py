"""Step 4 of the Twilio flow, after the call: the whole transcript from ASAPP's
Conversations API (``getMessagesByExternalId``)."""
