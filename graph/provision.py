"""A local Neo4j Community server for machines without Docker.

Maven fetches the Neo4j jars (``neo4j_runtime/pom.xml``) into the user's cache; ``javac`` builds a
few-line launcher that opens the embedded database with its Bolt connector on 127.0.0.1. Python
talks Bolt to it exactly as to a server started by ``docker compose``.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from importlib import resources
from pathlib import Path

import neo4j

from .errors import ProvisionError
from .settings import Neo4jSettings, cache_home

NEO4J_VERSION = "5.26.30"
DEFAULT_PORT = 7687
LAUNCHER = "DiplographNeo4j"


def _runtime_home() -> Path:
    return cache_home() / f"neo4j-runtime-{NEO4J_VERSION}"


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    candidates = [str(Path(java_home) / "bin" / "java")] if java_home else []
    candidates.append(shutil.which("java") or "")
    for java in candidates:
        if java and Path(java).exists():
            return java
    raise ProvisionError(
        "Java 17 or newer is needed to run Neo4j: install it (e.g. "
        "`apt-get install openjdk-17-jre-headless`) or set JAVA_HOME."
    )


def _java_major(java: str) -> int:
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', out)
    return int(match.group(1)) if match else 0


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class Neo4jServer:
    """Provisions, starts, stops and reports on a Neo4j server under ``home``.

    The password is NEO4J_PASSWORD if set, else one generated at first start and kept in
    ``home/password`` (mode 600), where :meth:`Neo4jSettings.from_env` finds it.
    """

    def __init__(
        self, home: Path | None = None, port: int | None = None, password: str | None = None
    ):
        self.home = Path(home) if home else cache_home() / "neo4j"
        self.port = port or self._saved_port() or DEFAULT_PORT
        self._password = password
        self._process: subprocess.Popen | None = None

    def __repr__(self) -> str:
        return f"Neo4jServer(home={str(self.home)!r}, port={self.port})"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.home / "neo4j.log"

    def _saved_port(self) -> int | None:
        try:
            return int((self.home / "port").read_text())
        except (OSError, ValueError):
            return None

    def _password_value(self) -> str:
        if self._password:
            return self._password
        env = os.environ.get("NEO4J_PASSWORD")
        if env:
            return env
        path = self.home / "password"
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        self.home.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(18)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(value)
        return value

    def settings(self) -> Neo4jSettings:
        return Neo4jSettings(uri=self.uri, username="neo4j", password=self._password_value())

    # -- provisioning ----------------------------------------------------------------------

    def _ensure_runtime(self) -> tuple[Path, Path]:
        """Fetch the jars with Maven and compile the launcher, once per cache."""
        runtime = _runtime_home()
        lib, classes = runtime / "lib", runtime / "classes"
        package = resources.files(__package__).joinpath("neo4j_runtime")
        if not (lib / ".complete").exists():
            mvn = shutil.which("mvn")
            if not mvn:
                raise ProvisionError(
                    "Maven (`mvn`) is needed to fetch Neo4j: install it "
                    "(`apt-get install maven`), or run Neo4j with "
                    "`docker compose up -d --wait` and set NEO4J_URI."
                )
            runtime.mkdir(parents=True, exist_ok=True)
            pom = runtime / "pom.xml"
            pom.write_text(package.joinpath("pom.xml").read_text(encoding="utf-8"))
            done = subprocess.run(
                [
                    mvn,
                    "-q",
                    "-B",
                    "-f",
                    str(pom),
                    "dependency:copy-dependencies",
                    f"-DoutputDirectory={lib}",
                    "-DincludeScope=runtime",
                ],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                raise ProvisionError(
                    "Maven could not fetch Neo4j "
                    f"{NEO4J_VERSION}:\n{(done.stdout + done.stderr)[-2000:]}"
                )
            (lib / ".complete").write_text(NEO4J_VERSION)
        wanted = package.joinpath(f"{LAUNCHER}.java").read_text(encoding="utf-8")
        source = runtime / f"{LAUNCHER}.java"
        built = source.read_text(encoding="utf-8") if source.exists() else None
        if built != wanted or not (classes / f"{LAUNCHER}.class").exists():  # new or changed
            javac = shutil.which("javac")
            if not javac:
                raise ProvisionError("`javac` (a JDK 17+) is needed to build the Neo4j launcher.")
            source.write_text(wanted, encoding="utf-8")
            done = subprocess.run(
                [javac, "-cp", f"{lib}/*", "-d", str(classes), str(source)],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                raise ProvisionError(f"Building the Neo4j launcher failed:\n{done.stderr[-2000:]}")
        return lib, classes

    # -- lifecycle -------------------------------------------------------------------------

    def pid(self) -> int | None:
        """The server's process id, if it is running (checked against its command line)."""
        try:
            pid = int((self.home / "neo4j.pid").read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        if LAUNCHER.encode() not in cmdline:
            return None
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
        return None if state == "Z" else pid

    def _answers(self) -> bool:
        settings = self.settings()
        try:
            with neo4j.GraphDatabase.driver(
                settings.uri, auth=(settings.username, settings.password)
            ) as driver:
                driver.verify_connectivity()
            return True
        except Exception:
            return False

    def _port_frees(self, timeout: float = 10.0) -> bool:
        """Whether the Bolt port is free, or frees within ``timeout``: a server killed a moment
        ago holds it until the kernel has closed its sockets (and our own dead child is reaped)."""
        deadline = time.monotonic() + timeout
        while _port_open(self.port):
            if self._process is not None:
                self._process.poll()  # reap our own killed child
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        return True

    def start(self, timeout: float = 180.0) -> Neo4jSettings:
        """Start the server (provisioning it first if needed); return when Bolt answers."""
        if self.pid() is not None:
            if self._answers():
                return self.settings()
            self.stop()
        java = _java()
        if _java_major(java) < 17:
            raise ProvisionError(f"Neo4j {NEO4J_VERSION} needs Java 17 or newer; {java} is older.")
        if not self._port_frees():
            raise ProvisionError(
                f"Port {self.port} on 127.0.0.1 is already in use. Stop what "
                "runs there, or pick another port with --port."
            )
        lib, classes = self._ensure_runtime()
        self.home.mkdir(parents=True, exist_ok=True)
        self.home.chmod(0o700)  # the database files and the password are the user's alone
        (self.home / "import").mkdir(exist_ok=True)  # LOAD CSV's only folder, kept empty
        (self.home / "port").write_text(str(self.port))
        heap = os.environ.get("DIPLOGRAPH_NEO4J_HEAP", "2g")
        pagecache_mb = os.environ.get("DIPLOGRAPH_NEO4J_PAGECACHE_MB", "1024")
        env = {**os.environ, "DIPLOGRAPH_NEO4J_INITIAL_PASSWORD": self._password_value()}
        with open(self.log_file, "ab") as log:
            self._process = subprocess.Popen(
                [
                    java,
                    f"-Xmx{heap}",
                    "-Xms512m",
                    "-XX:+UseG1GC",
                    "-cp",
                    f"{lib}/*:{classes}",
                    LAUNCHER,
                    str(self.home / "data"),
                    str(self.port),
                    pagecache_mb,
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        (self.home / "neo4j.pid").write_text(str(self._process.pid))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise ProvisionError(
                    f"Neo4j exited with code {self._process.returncode}. "
                    f"Last lines of {self.log_file}:\n{_tail(self.log_file)}"
                )
            if _port_open(self.port) and self._answers():
                return self.settings()
            time.sleep(0.2)
        self.stop()
        raise ProvisionError(
            f"Neo4j did not answer on {self.uri} within {timeout:.0f} s. "
            f"Last lines of {self.log_file}:\n{_tail(self.log_file)}"
        )

    def run_admin(self, args: list[str]) -> None:
        """Run ``neo4j-admin`` ARGS from the provisioned runtime on this server's database
        folder (the server stopped); its last lines are the ProvisionError when it fails."""
        lib, _ = self._ensure_runtime()
        command = [_java(), "-Xmx2g", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *args]
        env = {**os.environ, "NEO4J_HOME": str(self.home / "data")}
        env.pop("NEO4J_CONF", None)
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-8:])
            raise ProvisionError(f"neo4j-admin {' '.join(args[:3])} failed:\n{tail}")

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server; True if one was running."""
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.pid == pid:
                if self._process.poll() is not None:
                    break
            elif self.pid() is None:
                break
            time.sleep(0.2)
        else:
            os.kill(pid, signal.SIGKILL)
            if self._process is not None:
                self._process.wait(10)
        (self.home / "neo4j.pid").unlink(missing_ok=True)
        return True

    def status(self) -> dict[str, object]:
        pid = self.pid()
        return {
            "running": pid is not None,
            "pid": pid,
            "uri": self.uri,
            "answers": pid is not None and self._answers(),
            "home": str(self.home),
            "version": NEO4J_VERSION,
            "log": str(self.log_file),
        }
