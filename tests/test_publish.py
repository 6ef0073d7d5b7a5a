"""Deployment, offline: the `datasette publish` command the README documents lays out a directory that carries the
database, the metadata, the plugins and the plugin packages, and serves it immutable with an inspect file and a
SQL time limit.

`datasette publish cloudrun` needs Google's CLI and the network, so the test parses the README's command with
Datasette's own option parser and hands the options to `datasette.utils.temporary_docker_directory`, the function
`datasette publish` and `datasette package` use to write the Dockerfile and copy the files.
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


def documented_publish_command() -> list[str]:
    """The arguments of the `datasette publish cloudrun` command in the README's Publishing section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    in_block = False
    for line in readme.replace("\\\n", " ").splitlines():
        if line.startswith("```"):
            in_block = not in_block
        elif in_block and "datasette publish cloudrun" in line:
            words = shlex.split(line)
            return words[words.index("cloudrun") + 1:]
    raise AssertionError("README documents no `datasette publish cloudrun` command")


@pytest.fixture(scope="module")
def publish_options(seed_db, tmp_path_factory):
    publish = cli.commands["publish"]
    cloudrun = publish.commands["cloudrun"]
    # The command's paths are relative to a checkout with a built dossier.db: lay one out with the seed build.
    checkout = tmp_path_factory.mktemp("checkout")
    (checkout / "dossier.db").symlink_to(seed_db)
    for name in ("metadata.yml", "plugins"):
        (checkout / name).symlink_to(ROOT / name)
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
        template_dir=options["template_dir"],
        plugins_dir=str(ROOT / options["plugins_dir"]),
        static=options["static"],
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
    assert any(package.startswith("datasette-cluster-map") for package in publish_options["install"])
    assert "sql_time_limit_ms" in publish_options["extra_options"]


def test_directory_carries_database_metadata_and_plugins(deploy_dir):
    assert (deploy_dir / "dossier.db").stat().st_size > 0
    shipped = json.loads((deploy_dir / "metadata.json").read_text(encoding="utf-8"))
    ours = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    assert shipped == ours
    ours_plugins = sorted(p.name for p in (ROOT / "plugins").glob("*.py"))
    assert sorted(p.name for p in (deploy_dir / "plugins").glob("*.py")) == ours_plugins
    for name in ours_plugins:
        assert (deploy_dir / "plugins" / name).read_bytes() == (ROOT / "plugins" / name).read_bytes()


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
    settings = {command[i + 1]: command[i + 2] for i, word in enumerate(command) if word == "--setting"}
    assert int(settings["sql_time_limit_ms"]) <= 5000


def command_of(dockerfile: str) -> list[str]:
    return shlex.split(re.search(r"^CMD (.+)$", dockerfile, re.M).group(1))


def pair(command: list[str], option: str) -> str:
    return command[command.index(option) + 1]


def test_directory_serves_as_the_container_would(deploy_dir):
    """Run the Dockerfile's own inspect and serve commands in the directory, with --get instead of a port."""
    subprocess.run([DATASETTE, "inspect", "dossier.db", "--inspect-file", "inspect-data.json"], cwd=deploy_dir,
                   check=True)
    command = command_of((deploy_dir / "Dockerfile").read_text(encoding="utf-8"))
    command = [DATASETTE] + command[1:command.index("--port")]
    command.remove("--host")
    command.remove("0.0.0.0")
    for path, expected in [
        ("/-/compare", "Compare the sources"),  # our plugins load from plugins/
        ("/dossier/places", "datasette-cluster-map"),  # the installed plugin, with its metadata
        ("/-/databases.json", '"is_mutable": false'),
    ]:
        result = subprocess.run(command + ["--get", path], cwd=deploy_dir, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, (path, result.stderr[-2000:])
        assert expected in result.stdout, path
