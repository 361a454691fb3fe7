"""The library: domain model, store, services and mastery engine. Imports no Qt."""
