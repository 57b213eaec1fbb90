"""A TCP proxy between the driver and Neo4j that can lose a commit's answer: it passes the
client's Bolt COMMIT on to the server, lets the server commit, and then drops the connection
instead of passing the server's reply back. What a network cut at the worst moment does."""

from __future__ import annotations

import socket
import threading

# One chunk of two bytes, a struct of no fields with tag 0x12, the end-of-message marker.
COMMIT = b"\x00\x02\xb0\x12\x00\x00"


class BoltProxy:
    """Listens on a free local port and forwards every connection to ``target``.

    ``lose_commit(n)`` arms it: the n-th COMMIT from then on reaches the server, its answer does
    not reach the client. ``lost`` counts the answers it dropped."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._countdown = 0
        self.lost = 0
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def lose_commit(self, n: int = 1) -> None:
        with self._lock:
            self._countdown = n

    def close(self) -> None:
        self._listener.close()
        for sock in self._open:
            _shut(sock)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for sock in (client, server):  # else Nagle and delayed ACKs add 40 ms a round trip
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._open += [client, server]
            doomed = threading.Event()  # set once a COMMIT whose answer is to be lost went by
            threading.Thread(
                target=self._upstream, args=(client, server, doomed), daemon=True
            ).start()
            threading.Thread(
                target=self._downstream, args=(server, client, doomed), daemon=True
            ).start()

    def _upstream(self, client: socket.socket, server: socket.socket, doomed: threading.Event):
        """Client to server. The driver sends a COMMIT on its own, once it has read every result
        of the transaction, and then waits: a write that ends with the COMMIT message is one. A
        doomed COMMIT is marked so before it is passed on, so its answer cannot slip through."""
        while data := _recv(client):
            if data.endswith(COMMIT) and self._take_commit():
                doomed.set()
            try:
                server.sendall(data)
            except OSError:
                break
        _shut(server)

    def _take_commit(self) -> bool:
        with self._lock:
            if not self._countdown:
                return False
            self._countdown -= 1
            return self._countdown == 0

    def _downstream(self, server: socket.socket, client: socket.socket, doomed: threading.Event):
        while data := _recv(server):
            if doomed.is_set():  # the commit's answer: the server has committed
                self.lost += 1
                break
            try:
                client.sendall(data)
            except OSError:
                break
        _shut(client)
        _shut(server)


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
