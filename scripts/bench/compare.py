"""The hub side by side with wagtail/bakerydemo: median in-process render per page type.

Both projects run on SQLite with the same Django and Wagtail (the hub's pins in
``pyproject.toml``), ``DEBUG = False`` and Django's default per-process cache, each in its
own process (``render_worker.py``) with its own virtualenv, measured in one run: for each
pair of nearest page types, chunks of requests alternate between the two processes so
that both see the same machine load. Two modes:

- ``warm``: the page rendered again and again, the application cache warm;
- ``publish``: each request right after the publication of another page (a story; in
  bakerydemo a blog page), so the hub's invalidation has just run.

The bakerydemo source comes from ``BAKERYDEMO`` (a checkout or a bare git directory),
else from an earlier run's copy in the work directory, else from ``git clone`` when
the network allows it. It is copied into ``<work>/bakerydemo/src`` with one added settings
module (``bakerydemo/settings/bench.py``: ``DEBUG = False``); no other patch is needed
for Wagtail 8.0 / Django 5.2.
"""

import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("render_worker.py")
BAKERYDEMO_GIT = "https://github.com/wagtail/bakerydemo.git"
HEADERS = {"HTTP_HOST": "localhost", "HTTP_X_FORWARDED_PROTO": "https"}

# Hub page type → (hub model, nearest bakerydemo model).
PAIRS = {
    "home": ("pages.HomePage", "base.HomePage"),
    "guide_index": ("guide.GuideIndexPage", "recipes.RecipeIndexPage"),
    "story_index": ("stories.StoryIndexPage", "blog.BlogIndexPage"),
    "commitment_index": ("commitments.CommitmentIndexPage", "breads.BreadsIndexPage"),
    "award_index": ("awards.AwardIndexPage", "locations.LocationsIndexPage"),
    "working_group_index": ("workinggroups.WorkingGroupIndexPage", "locations.LocationsIndexPage"),
    "guide_chapter": ("guide.GuideChapterPage", "recipes.RecipePage"),
    "story": ("stories.StoryPage", "blog.BlogPage"),
    "commitment": ("commitments.CommitmentPage", "breads.BreadPage"),
    "award": ("awards.AwardPage", "locations.LocationPage"),
    "working_group": ("workinggroups.WorkingGroupPage", "locations.LocationPage"),
    "declaration": ("pages.DeclarationPage", "base.StandardPage"),
    "standard": ("pages.StandardPage", "base.StandardPage"),
    "strategy": ("pages.StrategyPage", "base.StandardPage"),
    "strategic_objective": ("pages.StrategicObjectivePage", "base.StandardPage"),
}
SEARCH = {
    "hub": {
        "en": "/en/search/?q=open+government",
        "fr": "/fr/search/?q=gouvernement+ouvert",
        "es": "/es/search/?q=gobierno+abierto",
    },
    "bakerydemo": "/search/?q=bread",
}
# The page each project publishes before every request of the "publish" mode.
PUBLISHED = {"hub": "stories.StoryPage", "bakerydemo": "blog.BlogPage"}

MISSING = """\
The side-by-side bench needs the source of wagtail/bakerydemo, and found none.
Give it a checkout or a bare git directory of it:

    BAKERYDEMO=/path/to/bakerydemo make bench

or skip the comparison: make bench ARGS=--skip-bakerydemo
(The first run also installs bakerydemo's requirements, with the hub's Django and Wagtail,
into its own virtualenv under {work}: it needs PyPI, or a pip cache that has them.)"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(command, **kwargs):
    subprocess.run(command, check=True, **kwargs)


# --- bakerydemo ------------------------------------------------------------------------------
def hub_pins():
    """The hub's exact Django and Wagtail requirements, from pyproject.toml."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [
        d for d in dependencies["dependencies"] if d.lower().startswith(("django==", "wagtail=="))
    ]


def bakerydemo_source(work):
    """A directory with bakerydemo's files, or None."""
    given = os.environ.get("BAKERYDEMO")
    if given:
        path = Path(given)
        if (path / "manage.py").exists():
            return path
        if (path / "HEAD").exists():  # a bare git directory
            target = work / "checkout"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            archive = subprocess.run(
                ["git", "--git-dir", str(path), "archive", "HEAD"],
                check=True,
                stdout=subprocess.PIPE,
            ).stdout
            run(["tar", "-x", "-C", str(target)], input=archive)
            return target
        raise SystemExit(f"BAKERYDEMO={given} is neither a bakerydemo checkout nor a git dir")
    if (work / "checkout" / "manage.py").exists():
        return work / "checkout"
    if shutil.which("git"):
        log(f"BAKERYDEMO is not set: trying git clone {BAKERYDEMO_GIT}…")
        clone = subprocess.run(
            ["git", "clone", "-q", "--depth", "1", BAKERYDEMO_GIT, str(work / "checkout")],
            timeout=120,
        )
        if clone.returncode == 0:
            return work / "checkout"
    return None


def prepare_bakerydemo(work):
    """bakerydemo in ``work/src`` with its data and its own virtualenv; its Python."""
    source = bakerydemo_source(work)
    if source is None:
        raise SystemExit(MISSING.format(work=work))
    pins = hub_pins()
    stamp = json.dumps({"source": str(source), "pins": pins})
    src, venv = work / "src", work / "venv"
    python = venv / "bin" / "python"
    if (work / "stamp").exists() and (work / "stamp").read_text() == stamp:
        return python, src
    log(f"Preparing bakerydemo from {source} with {', '.join(pins)} (once)…")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(source, src, ignore=shutil.ignore_patterns(".git", "*.sqlite3", "*db"))
    (src / "bakerydemo" / "settings" / "bench.py").write_text(
        'from .base import *  # noqa: F403\n\nDEBUG = False\nALLOWED_HOSTS = ["*"]\n'
        'WAGTAILADMIN_BASE_URL = "http://localhost"\n'
    )
    if not python.exists():
        run([sys.executable, "-m", "venv", str(venv)])
    # bakerydemo's own requirements, but the hub's Django and Wagtail.
    requirements = [
        line.strip()
        for line in (src / "requirements" / "base.txt").read_text().splitlines()
        if line.strip()
        and not line.startswith("#")
        and not re.match(r"(django|wagtail)\s*[<>=!~]", line.strip(), re.I)
    ]
    run([str(python), "-m", "pip", "install", "-q", *pins, *requirements])
    env = bakerydemo_env(src)
    (src / "bakerydemodb").unlink(missing_ok=True)
    commands = (["migrate", "-v0"], ["load_initial_data"], ["collectstatic", "--noinput", "-v0"])
    for command in commands:
        run([str(python), "manage.py", *command], cwd=src, env=env, stdout=subprocess.DEVNULL)
    (work / "stamp").write_text(stamp)
    return python, src


def bakerydemo_env(src):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTHONPATH")}
    return env | {
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.bench",
        "PYTHONPATH": str(src),
        "PYTHONWARNINGS": "ignore",
    }


# --- the hub -----------------------------------------------------------------------------------
def hub_env(work):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ELASTICSEARCH_URL", "CACHE_URL", "FRONTEND_CACHE_URL", "DATABASE_URL")
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "LOG_LEVEL": "WARNING",
        "RATELIMIT_ENABLE": "0",
        "PYTHONPATH": str(ROOT),
    }


def prepare_hub(work):
    work.mkdir(parents=True, exist_ok=True)
    env = hub_env(work)
    log("Preparing the hub on SQLite (migrate, demo content, static files)…")
    for command in (
        ["migrate", "-v0"],
        ["load_hub_content", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    return env


# --- measuring ---------------------------------------------------------------------------------
class Worker:
    def __init__(self, name, python, cwd, env, work):
        self.name = name
        self.errors = work / f"{name}-worker.log"  # the worker's standard error
        self.process = subprocess.Popen(
            [str(python), str(WORKER), json.dumps(HEADERS)],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors.open("w"),
            text=True,
        )

    def ask(self, **command):
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit(f"the {self.name} render worker stopped: see {self.errors}")
            if line.startswith("{"):
                answer = json.loads(line)
                if "error" in answer:
                    raise SystemExit(f"{self.name}: {command}: {answer['error']}")
                return answer

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def side_by_side(hub, bakery, hub_url, bakery_url, mode, args, publish):
    """Alternating chunks of requests; both medians, statuses and query counts."""
    samples = {"hub": [], "bakerydemo": []}
    answers = {}
    for worker, url in ((hub, hub_url), (bakery, bakery_url)):
        worker.ask(op="render", url=url, n=3)  # templates, connections, the cache
    requests = args.requests if mode == "warm" else args.publish_requests
    while len(samples["hub"]) < requests:
        n = min(args.chunk, requests - len(samples["hub"]))
        for name, worker, url in (("hub", hub, hub_url), ("bakerydemo", bakery, bakery_url)):
            answer = worker.ask(
                op="render", url=url, n=n, publish=publish[name] if mode == "publish" else None
            )
            samples[name] += answer["times"]
            answers[name] = answer
    return {
        name: {
            "median_ms": round(statistics.median(times), 2),
            "status": answers[name]["status"],
            "queries": answers[name]["queries"],
        }
        for name, times in samples.items()
    }


def compare(args, out, emit):
    work = Path(args.work)
    python, src = prepare_bakerydemo(work / "bakerydemo")
    env = prepare_hub(work / "hub-sqlite")
    hub = Worker("hub", sys.executable, ROOT, env, work)
    bakery = Worker("bakerydemo", python, src, bakerydemo_env(src), work)
    wanted = set(filter(None, args.pages.split(",")))
    rows = []
    try:
        publish = {
            "hub": hub.ask(op="page", model=PUBLISHED["hub"], language="en", last=True)["id"],
            "bakerydemo": bakery.ask(op="page", model=PUBLISHED["bakerydemo"], last=True)["id"],
        }
        bakery_urls = {}
        for name, (_hub_model, bakery_model) in PAIRS.items():
            bakery_urls[name] = bakery.ask(op="page", model=bakery_model)["url"]
        bakery_urls["search"] = SEARCH["bakerydemo"]
        for language in filter(None, args.locales.split(",")):
            hub_urls = {}
            for name, (hub_model, _bakery_model) in PAIRS.items():
                try:
                    hub_urls[name] = hub.ask(op="page", model=hub_model, language=language)["url"]
                except SystemExit:  # no live page of the type in this locale
                    log(f"no {name} page in {language}: skipped")
            hub_urls["search"] = SEARCH["hub"][language]
            for name, url in hub_urls.items():
                if wanted and name not in wanted:
                    continue
                for mode in ("warm", "publish"):
                    log(f"{language} {name} ({mode})…")
                    result = side_by_side(hub, bakery, url, bakery_urls[name], mode, args, publish)
                    record = {
                        "kind": "bakerydemo",
                        "page": name,
                        "locale": language,
                        "mode": mode,
                        "url": url,
                        "bakerydemo_url": bakery_urls[name],
                        "hub_ms": result["hub"]["median_ms"],
                        "bakerydemo_ms": result["bakerydemo"]["median_ms"],
                        "ratio": round(
                            result["hub"]["median_ms"] / result["bakerydemo"]["median_ms"], 2
                        ),
                        "hub_queries": result["hub"]["queries"],
                        "bakerydemo_queries": result["bakerydemo"]["queries"],
                        "status": [result["hub"]["status"], result["bakerydemo"]["status"]],
                    }
                    emit(record, out)
                    rows.append(record)
    finally:
        hub.close()
        bakery.close()
    print_table(rows)
    return rows


def print_table(rows):
    """The run as a table on standard error; the worst ratio per mode last."""
    log("")
    log(
        "| Page | Locale | bakerydemo page | Warm: hub / bakerydemo ms | Ratio | "
        "After a publication: hub / bakerydemo ms | Ratio | Queries after a publication |"
    )
    log("|---|---|---|---|---|---|---|---|")
    by_page = {}
    for row in rows:
        by_page.setdefault((row["page"], row["locale"]), {})[row["mode"]] = row
    for (page, locale), modes in by_page.items():
        if len(modes) < 2:  # an interrupted run
            continue
        warm, published = modes["warm"], modes["publish"]
        log(
            f"| {page} | {locale} | {warm['bakerydemo_url']} "
            f"| {warm['hub_ms']} / {warm['bakerydemo_ms']} | {warm['ratio']}× "
            f"| {published['hub_ms']} / {published['bakerydemo_ms']} | {published['ratio']}× "
            f"| {published['hub_queries']} / {published['bakerydemo_queries']} |"
        )
    for mode in ("warm", "publish"):
        worst = max((r for r in rows if r["mode"] == mode), key=lambda r: r["ratio"], default=None)
        if worst:
            verdict = "met" if worst["ratio"] <= 0.5 else "NOT met"
            log(
                f"{mode}: highest ratio {worst['ratio']}× ({worst['locale']} {worst['page']}); "
                f"target ≤ 0.5×: {verdict}"
            )


if __name__ == "__main__":  # the table of a run: compare.py run.jsonl
    print_table(
        [
            json.loads(line)
            for line in Path(sys.argv[1]).read_text().splitlines()
            if line.startswith("{") and '"kind": "bakerydemo"' in line
        ]
    )
