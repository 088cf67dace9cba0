"""The API of ASAPP real-time transcript webhook (schema of this SDK): no method of the SDK's clients (sdk-names.yaml)."""
