"""The store: SQLAlchemy models, opening and migrating a store file, the change log, search."""
