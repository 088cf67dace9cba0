"""Contract tests: the SDK against a Prism mock of api-specs/mg-autotranscribe.yaml."""
