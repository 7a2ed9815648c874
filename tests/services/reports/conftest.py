from tests.services.reports.report_fixtures import report_store

__all__ = ["report_store"]
