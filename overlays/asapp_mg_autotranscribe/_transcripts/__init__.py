"""Step 4 of the Twilio flow, in real time: ASAPP's transcript webhook, received and kept."""
