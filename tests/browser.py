"""A headless chromium for the browser tests, and JupyterLab served from a folder.

What the tests need is checked first (`require_browser`): chromium, its driver, selenium and a
CJK font (without one, Chinese renders as empty boxes in the screenshots). A missing piece
skips the tests with a loud reason on a workstation and fails them in CI (`CI=true`), where
`ci/setup.sh` installs all of it.

Every wait is explicit and says what it waited for when it gives up; screenshots go to
`BROWSER_ARTIFACTS` (ci/test.sh names the folder in its log) or to the test's temp folder.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
NEWS_OFF = {"fetchNews": "false", "checkForUpdates": False}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing_pieces() -> list[str]:
    """What the browser tests need and this machine lacks, each with how to install it."""
    missing = []
    if not any(shutil.which(name) for name in CHROMIUM):
        missing.append("chromium (sudo apt-get install chromium)")
    if not shutil.which("chromedriver"):
        missing.append("chromedriver (sudo apt-get install chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip install -r requirements.lock)")
    fonts = ""
    if shutil.which("fc-list"):
        fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    if not fonts.strip():
        missing.append("a CJK font (sudo apt-get install fonts-wqy-microhei)")
    return missing


def require_browser(missing: list[str] | None = None) -> None:
    """Skip (loudly) without a browser or a CJK font; in CI, fail instead."""
    missing = missing_pieces() if missing is None else missing
    if not missing:
        return
    reason = ("BROWSER TESTS NOT RUN: missing " + "; ".join(missing)
              + " (bash ci/setup.sh installs them)")
    if in_ci():
        pytest.fail(reason + " -- CI must run them", pytrace=False)
    print(f"\n*** {reason} ***", file=sys.stderr)
    pytest.skip(reason)


def artifacts_dir(fallback: Path) -> Path:
    folder = Path(os.environ.get("BROWSER_ARTIFACTS") or fallback)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_settings(folder: Path) -> None:
    """JupyterLab user settings: every cell in the DOM (no windowing), no news pop-up."""
    import json

    tracker = folder / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))
    news = folder / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    news.parent.mkdir(parents=True, exist_ok=True)
    news.write_text(json.dumps(NEWS_OFF))


class Lab:
    """`jupyter lab ROOT` on a free local port with a random token, until stop()."""

    def __init__(self, root: Path, state: Path, env: dict[str, str], timeout: float = 90):
        self.port, self.token = free_port(), secrets.token_hex(16)
        settings, workspaces, runtime = state / "settings", state / "workspaces", state / "runtime"
        write_settings(settings)
        workspaces.mkdir(parents=True, exist_ok=True)
        self.log = state / "jupyter-lab.log"
        args = [sys.executable, "-m", "jupyterlab", str(root), "--no-browser", "--port", str(self.port),
                "--ip", "127.0.0.1", f"--IdentityProvider.token={self.token}", "--allow-root",
                f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={workspaces}"]
        full_env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime), **env}
        with self.log.open("w") as log:
            self.proc = subprocess.Popen(args, cwd=root, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(f"{self.base}/api/status?token={self.token}", timeout=2).read()
                return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"JupyterLab did not answer on port {self.port} within {timeout:.0f} s; "
                                   f"end of its log:\n{self.log_tail()}")
            time.sleep(0.25)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.base}/lab/tree/{path}?token={self.token}"

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def chrome(width: int = 1600, height: int = 1100):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", f"--window-size={width},{height}",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--disable-gpu"):
        options.add_argument(arg)
    binary = next((shutil.which(name) for name in CHROMIUM if shutil.which(name)), None)
    if binary:
        options.binary_location = binary
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def wait_for(driver, condition, timeout: float, what: str, shots: Path | None = None):
    """CONDITION(driver) until truthy; on time-out, a screenshot and a message saying WHAT."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.2).until(condition)
    except TimeoutException:
        where = ""
        if shots is not None:
            path = shots / f"timeout-{what.split()[0]}.png"
            driver.save_screenshot(str(path))
            where = f" (screenshot: {path})"
        raise AssertionError(f"waited {timeout:.0f} s for {what}{where}") from None
