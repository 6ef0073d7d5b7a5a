"""Deployment, offline: the `datasette publish` commands the README documents lay out a directory that carries the
database, the metadata, the plugins with their templates and stylesheet, and the plugin packages, and serves it
immutable with an inspect file and a SQL time limit. And `make serve` never builds into a dossier it is given.

`datasette publish cloudrun` needs Google's CLI and the network, so the test parses the README's command with
Datasette's own option parser and hands the options to `datasette.utils.temporary_docker_directory`, the function
`datasette publish` and `datasette package` use to write the Dockerfile and copy the files. `datasette publish fly`
runs as written, with `--generate-dir` (its own way to write the app's directory without deploying).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from datasette.cli import cli
from datasette.utils import temporary_docker_directory

ROOT = Path(__file__).resolve().parent.parent
DATASETTE = str(Path(sys.executable).with_name("datasette"))


def documented_publish_command(provider: str = "cloudrun") -> list[str]:
    """The arguments of the `datasette publish PROVIDER` command in the README's Publishing section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    in_block = False
    for line in readme.replace("\\\n", " ").splitlines():
        if line.startswith("```"):
            in_block = not in_block
        elif in_block and f"datasette publish {provider}" in line:
            words = shlex.split(line)
            return words[words.index(provider) + 1:]
    raise AssertionError(f"README documents no `datasette publish {provider}` command")


def checkout_with(seed_db, tmp_path_factory) -> Path:
    """A checkout with a built dossier.db: the README's commands' paths are relative to it."""
    checkout = tmp_path_factory.mktemp("checkout")
    (checkout / "dossier.db").symlink_to(seed_db)
    for name in ("metadata.yml", "plugins", "templates", "static"):
        (checkout / name).symlink_to(ROOT / name)
    return checkout


@pytest.fixture(scope="module")
def publish_options(seed_db, tmp_path_factory):
    publish = cli.commands["publish"]
    cloudrun = publish.commands["cloudrun"]
    checkout = checkout_with(seed_db, tmp_path_factory)
    saved = Path.cwd()
    try:
        os.chdir(checkout)
        context = cloudrun.make_context("cloudrun", documented_publish_command())
    finally:
        os.chdir(saved)
    return context.params


@pytest.fixture(scope="module")
def deploy_dir(publish_options, seed_db, tmp_path_factory):
    """The directory `datasette publish` would ship, laid out for the seed dossier and kept for inspection."""
    options = publish_options
    assert [Path(f).name for f in options["files"]] == ["dossier.db"]
    target = tmp_path_factory.mktemp("deploy") / "recoupe"
    metadata = open(ROOT / "metadata.yml", encoding="utf-8")  # click's handle was opened relative to the repo
    with metadata, temporary_docker_directory(
        files=[str(seed_db)],
        name="recoupe",
        metadata=metadata,
        extra_options=options["extra_options"],
        branch=options["branch"],
        template_dir=str(ROOT / Path(options["template_dir"]).name),
        plugins_dir=str(ROOT / options["plugins_dir"]),
        static=[(mount, str(ROOT / Path(folder).name)) for mount, folder in options["static"]],
        install=options["install"],
        spatialite=options["spatialite"],
        version_note=options["version_note"],
        secret="not-a-secret-for-tests",
    ) as generated:
        shutil.copytree(generated, target)
    return target


def test_readme_command_ships_metadata_plugins_and_the_map_plugin(publish_options):
    assert Path(publish_options["metadata"].name).name == "metadata.yml"
    assert publish_options["plugins_dir"] == "plugins"
    assert Path(publish_options["template_dir"]).name == "templates"
    assert [(mount, Path(folder).name) for mount, folder in publish_options["static"]] == [("assets", "static")]
    assert any(package.startswith("datasette-cluster-map") for package in publish_options["install"])
    assert "sql_time_limit_ms" in publish_options["extra_options"]


def test_directory_carries_database_metadata_and_plugins(deploy_dir):
    assert (deploy_dir / "dossier.db").stat().st_size > 0
    shipped = json.loads((deploy_dir / "metadata.json").read_text(encoding="utf-8"))
    ours = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    assert shipped == ours
    ours_plugins = sorted(str(p.relative_to(ROOT / "plugins")) for p in (ROOT / "plugins").rglob("*.py"))
    assert sorted(str(p.relative_to(deploy_dir / "plugins")) for p in (deploy_dir / "plugins").rglob("*.py")) == ours_plugins
    assert "shared/recoupe_common.py" in ours_plugins  # the modules the plugins import go with them
    for name in ours_plugins:
        assert (deploy_dir / "plugins" / name).read_bytes() == (ROOT / "plugins" / name).read_bytes()
    assert shipped_files(deploy_dir / "templates") == shipped_files(ROOT / "templates")
    assert shipped_files(static_dir(deploy_dir)) == shipped_files(ROOT / "static")


def static_dir(app: Path) -> Path:
    """Where the app's Dockerfile serves the stylesheet from (`--static assets:FOLDER`)."""
    mount, folder = pair(command_of((app / "Dockerfile").read_text(encoding="utf-8")), "--static").split(":")
    assert mount == "assets"
    return app / folder


def shipped_files(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_dockerfile_installs_the_plugins_and_serves_immutable(deploy_dir):
    dockerfile = (deploy_dir / "Dockerfile").read_text(encoding="utf-8")
    install = re.search(r"^RUN pip install -U (.+)$", dockerfile, re.M).group(1).split()
    assert "datasette" in install and any(p.startswith("datasette-cluster-map") for p in install)
    assert "RUN datasette inspect dossier.db --inspect-file inspect-data.json" in dockerfile
    command = command_of(dockerfile)
    assert command[:2] == ["datasette", "serve"]
    assert pair(command, "-i") == "dossier.db"  # immutable: no write, counts from the inspect file
    assert pair(command, "--inspect-file") == "inspect-data.json"
    assert pair(command, "--metadata") == "metadata.json"
    assert pair(command, "--plugins-dir") == "plugins/"
    assert pair(command, "--template-dir") == "templates/"
    assert pair(command, "--static").startswith("assets:")
    settings = {command[i + 1]: command[i + 2] for i, word in enumerate(command) if word == "--setting"}
    assert int(settings["sql_time_limit_ms"]) <= 5000


def command_of(dockerfile: str) -> list[str]:
    return shlex.split(re.search(r"^CMD (.+)$", dockerfile, re.M).group(1))


def pair(command: list[str], option: str) -> str:
    return command[command.index(option) + 1]


def test_directory_serves_as_the_container_would(deploy_dir):
    """Run the Dockerfile's own inspect and serve commands in the directory, with --get instead of a port."""
    serves_as_its_container_would(deploy_dir)


def serves_as_its_container_would(deploy_dir: Path) -> None:
    subprocess.run([DATASETTE, "inspect", "dossier.db", "--inspect-file", "inspect-data.json"], cwd=deploy_dir,
                   check=True)
    command = command_of((deploy_dir / "Dockerfile").read_text(encoding="utf-8"))
    command = [DATASETTE] + command[1:command.index("--port")]
    command.remove("--host")
    command.remove("0.0.0.0")
    for path, expected in [
        ("/-/compare", "Compare the sources"),  # our plugins load from plugins/, their pages from templates/
        ("/-/story", "Sources \u00d7 quantities"),
        ("/assets/recoupe.css", "mark.hl"),  # the stylesheet, from static/
        ("/dossier/places", "datasette-cluster-map"),  # the installed plugin, with its metadata
        ("/-/databases.json", '"is_mutable": false'),
    ]:
        result = subprocess.run(command + ["--get", path], cwd=deploy_dir, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, (path, result.stderr[-2000:])
        assert expected in result.stdout, path


def test_readme_fly_command_generates_an_app_that_serves(seed_db, tmp_path_factory):
    """The README's `datasette publish fly` command, as written, plus `--generate-dir` (no flyctl, no network)."""
    checkout = checkout_with(seed_db, tmp_path_factory)
    app = tmp_path_factory.mktemp("fly") / "app"
    result = subprocess.run([DATASETTE, "publish", "fly", *documented_publish_command("fly"), "--generate-dir",
                             str(app)], cwd=checkout, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (app / "fly.toml").exists() and (app / "dossier.db").stat().st_size > 0
    for folder in ("plugins", "templates"):
        assert shipped_files(app / folder) == shipped_files(ROOT / folder), folder
    assert shipped_files(static_dir(app)) == shipped_files(ROOT / "static")
    dockerfile = (app / "Dockerfile").read_text(encoding="utf-8")
    assert any(p.startswith("datasette-cluster-map") for p in
               re.search(r"^RUN pip install -U (.+)$", dockerfile, re.M).group(1).split())
    serves_as_its_container_would(app)


def test_readme_has_no_heroku_command():
    """`datasette publish heroku` takes other options than cloudrun's; the README documents it no more."""
    assert "publish heroku" not in (ROOT / "README.md").read_text(encoding="utf-8")


def test_make_serve_never_builds_into_the_dossier_it_is_given():
    """`make serve DB=...` serves that file: the only build it may run is the seed dossier's, into build/."""
    makefile = ROOT / "Makefile"
    planned = subprocess.run(["make", "-n", "-f", str(makefile), "serve", "DB=story/dossier.db", "BIN=/bin"],
                             cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    builds = [line for line in planned.splitlines() if "build_db.py" in line and not line.startswith("test -f")]
    assert not any("story/dossier.db" in line for line in builds), builds
    assert "datasette serve -i story/dossier.db" in planned
    assert "--template-dir templates --static assets:static" in planned
    seeds = subprocess.run(["make", "-n", "-f", str(makefile), "build", "BIN=/bin"], cwd=ROOT, capture_output=True,
                           text=True, timeout=60).stdout
    assert "build_db.py seeds --db build/dossier.db" in seeds
