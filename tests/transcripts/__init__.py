"""Step 4 of the Twilio flow in real time: the transcript webhook, its receiver and collector."""
