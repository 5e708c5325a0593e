"""Everything that is not Qt: rules, models, the store and the services."""
