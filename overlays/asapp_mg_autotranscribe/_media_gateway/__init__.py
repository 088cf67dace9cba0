"""Steps 1 to 3 of the Twilio flow: the stream URL (and its cache), TwiML that streams the
call's audio to it, and starting and stopping transcription."""
