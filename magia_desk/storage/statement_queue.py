"""A writer thread for bulk writes: SQLite steps a statement without holding the GIL, so while it inserts one
page of rows (and FTS5 tokenizes them) on the second core, Python builds the next page or the change rows.

The statements run on the transaction's own DB-API connection, in the order sent, and never outside that
transaction. One thread uses the connection at a time: the caller only sends until the worker has been
joined, and the worker only executes between.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from queue import SimpleQueue
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

Send = Callable[[str, Sequence[Any]], Any]


class StatementQueue:
    """Where a bulk write sends its statements.

    On SQLite, with `threaded`, a worker thread runs them while the caller prepares the next ones; otherwise
    the connection runs each at once. The first failure drops the rest (they belong to the same failing
    transaction), except those sent with `send_always` (what puts things back, such as the full-text trigger),
    and is raised in the caller at its next `send` or at `close`, as SQLAlchemy raises it
    (sqlalchemy.exc.IntegrityError and the like, the parameters hidden: they may hold personal data).
    `abandon` drops what is still queued (the caller is failing or cancelled) and waits for the worker.
    """

    def __init__(self, connection: Connection, threaded: bool) -> None:
        self._connection = connection
        self._queue: SimpleQueue[tuple[str, Sequence[Any], bool] | None] = SimpleQueue()
        self._failure: tuple[BaseException, str] | None = None
        self._abandoned = False
        self._thread: threading.Thread | None = None
        driver = connection.connection.driver_connection
        # sqlite3 or sqlcipher3 (an encrypted store): each raises its own module's errors.
        self._dbapi_error: type[Exception] = getattr(sys.modules.get(type(driver).__module__), "Error",
                                                     connection.dialect.loaded_dbapi.Error)
        if threaded and connection.dialect.name == "sqlite":
            self._thread = threading.Thread(target=self._work, args=(driver,), name="bulk-writer", daemon=True)
            self._thread.start()

    def _work(self, driver: Any) -> None:
        cursor = None
        try:
            cursor = driver.cursor()
            while (item := self._queue.get()) is not None:
                sql, parameters, always = item
                if (self._failure is None and not self._abandoned) or always:
                    if not driver.in_transaction:  # with autocommit, a statement out of the transaction would stay
                        raise RuntimeError("the bulk writer's transaction has ended")
                    try:
                        cursor.execute(sql, parameters)
                    except BaseException as exc:  # handed to the caller's thread
                        if self._failure is None:
                            self._failure = (exc, sql)
        except BaseException as exc:
            if self._failure is None:
                self._failure = (exc, "")
            while self._queue.get() is not None:  # the caller's close or abandon still ends with None
                pass
        finally:
            if cursor is not None:
                with suppress(Exception):
                    cursor.close()

    def _raise(self) -> None:
        if self._failure is None:
            return
        error, sql = self._failure
        if isinstance(error, self._dbapi_error):
            raise DBAPIError.instance(sql, None, error, self._dbapi_error, hide_parameters=True) from error
        raise error

    def send(self, sql: str, parameters: Sequence[Any] = ()) -> None:
        self._put(sql, parameters, always=False)

    def send_always(self, sql: str, parameters: Sequence[Any] = ()) -> None:
        """Send a statement that runs even when one sent before it failed."""
        self._put(sql, parameters, always=True)

    def _put(self, sql: str, parameters: Sequence[Any], always: bool) -> None:
        if self._thread is None:
            self._connection.exec_driver_sql(sql, tuple(parameters))
            return
        if not always:
            self._raise()
        self._queue.put((sql, parameters, always))

    def _join(self) -> None:
        """Wait until the worker has run or dropped everything sent; the connection is the caller's again.

        Not even an interrupt (Ctrl+C) hands the connection back while the worker may still use it: the rest of
        the queue is dropped and the worker joined all the same, then the interrupt goes on.
        """
        thread = self._thread
        if thread is None:
            return
        self._queue.put(None)
        try:
            thread.join()
        except BaseException:
            self._abandoned = True
            while thread.is_alive():
                with suppress(BaseException):
                    thread.join()
            raise
        finally:
            if not thread.is_alive():
                self._thread = None

    def abandon(self) -> None:
        """Drop what is still queued, except `send_always`, and wait for the worker."""
        self._abandoned = True
        self._join()

    def close(self) -> None:
        """Wait until everything sent has run; raise the failure, if any."""
        self._join()
        self._raise()


@contextmanager
def statement_queue(connection: Connection, threaded: bool) -> Iterator[StatementQueue]:
    """The queue of a bulk write (`threaded` when it has more than one statement to send: else nothing overlaps).
    Everything sent has run when the block ends; when it raises, what is still queued is dropped."""
    writer = StatementQueue(connection, threaded)
    try:
        yield writer
    except BaseException:
        writer.abandon()  # the caller's error is the one to report; the transaction is failing anyway
        raise
    writer.close()
