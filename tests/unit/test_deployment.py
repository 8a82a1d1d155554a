"""The scale-out deployment (docker-compose.yml, deploy/) read as data, without Docker.

Nothing here starts a container: these tests check that the files agree with
each other and with the project (endpoints.yml, config.yml, requirements.lock,
the start script), which is where such set-ups usually break.  The scale-out
itself (replicas sharing PostgreSQL and Redis) runs for real in tests/scaleout.
"""

from __future__ import annotations

import json
import re
import shlex
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DEPLOY = ROOT / "deploy"
NGINX_CONF = DEPLOY / "nginx.conf"
START_SCRIPT = DEPLOY / "start-rasa.sh"
ENV_EXAMPLE = DEPLOY / ".env.example"
RASA_DOCKERFILE = "deploy/Dockerfile.rasa"
ACTIONS_DOCKERFILE = "deploy/Dockerfile.actions"

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}.
REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")
SECRET_NAME = re.compile(r"PASSWORD|TOKEN|SECRET|(^|_)KEY$")
# A value that is nothing but one reference: required (:?) or empty by default (:-).
ONLY_A_REFERENCE = re.compile(r"^\$\{[A-Za-z_][A-Za-z0-9_]*(?::\?[^}]*|:-)?\}$")


# ---- Reading the files ----------------------------------------------------------------------------


@lru_cache(maxsize=None)
def compose() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(document, dict) and isinstance(document.get("services"), dict)
    return document


def services() -> dict[str, dict[str, Any]]:
    return compose()["services"]


def environment(service: dict[str, Any]) -> dict[str, str]:
    """The service's environment as written (not interpolated), list or mapping form."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        pairs = (item.split("=", 1) if "=" in item else (item, "") for item in raw)
        return {key: value for key, value in pairs}
    return {key: "" if value is None else str(value) for key, value in raw.items()}


def interpolate(value: str, env: Optional[dict[str, str]] = None) -> str:
    """Compose's variable substitution, with made-up values for the variables by default."""
    env = env if env is not None else {}

    def substitute(match: re.Match[str]) -> str:
        name, operator, default = match.group(1), match.group(2), match.group(3)
        if name in env:
            return env[name]
        if operator in (":-", "-"):
            return default
        return f"x{name.lower()}x"

    return REFERENCE.sub(substitute, value.replace("$$", "\0")).replace("\0", "$")


def referenced_variable(value: str) -> Optional[str]:
    """The variable a value consists of, e.g. ACTION_SERVER_TOKEN for ${ACTION_SERVER_TOKEN:?...}."""
    match = REFERENCE.fullmatch(value)
    return match.group(1) if match else None


def replicas(service: dict[str, Any]) -> int:
    return int((service.get("deploy") or {}).get("replicas", 1))


def built_from(dockerfile: str) -> dict[str, dict[str, Any]]:
    return {
        name: service for name, service in services().items()
        if isinstance(service.get("build"), dict) and service["build"].get("dockerfile") == dockerfile
    }


def rasa_services() -> dict[str, dict[str, Any]]:
    found = built_from(RASA_DOCKERFILE)
    assert found, f"no service is built from {RASA_DOCKERFILE}"
    return found


def action_services() -> dict[str, dict[str, Any]]:
    found = built_from(ACTIONS_DOCKERFILE)
    assert found, f"no service is built from {ACTIONS_DOCKERFILE}"
    return found


def services_with_image(prefix: str) -> dict[str, dict[str, Any]]:
    return {name: service for name, service in services().items() if str(service.get("image", "")).startswith(prefix)}


def load_balancer() -> tuple[str, dict[str, Any]]:
    published = {name: service for name, service in services().items() if service.get("ports")}
    assert len(published) == 1, f"exactly one service (the load balancer) should publish ports: {sorted(published)}"
    name, service = next(iter(published.items()))
    assert str(service.get("image", "")).startswith("nginx:"), f"the load balancer {name} should be nginx"
    return name, service


def networks(service: dict[str, Any]) -> set[str]:
    raw = service.get("networks") or ["default"]
    return set(raw) if isinstance(raw, (list, dict)) else {str(raw)}


def depends_on(service: dict[str, Any]) -> dict[str, str]:
    """Dependency -> condition."""
    raw = service.get("depends_on") or {}
    if isinstance(raw, list):
        return {name: "service_started" for name in raw}
    return {name: (spec or {}).get("condition", "service_started") for name, spec in raw.items()}


def command_words(value: Any) -> list[str]:
    if value is None:
        return []
    return shlex.split(value) if isinstance(value, str) else [str(word) for word in value]


@lru_cache(maxsize=None)
def locked_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, version = line.split("==", 1)
            versions[name.strip().lower().replace("_", "-")] = version.strip()
    return versions


def dockerfile(path: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        keyword, _, arguments = (pending + line).strip().partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    return instructions


def dockerfile_values(path: str, instruction: str) -> list[str]:
    return [arguments for keyword, arguments in dockerfile(path) if keyword == instruction]


def exec_form(arguments: str) -> list[str]:
    """ENTRYPOINT/CMD arguments; only the JSON (exec) form, which is what these Dockerfiles use."""
    words = json.loads(arguments)
    assert isinstance(words, list), arguments
    return [str(word) for word in words]


def copies(path: str) -> list[tuple[list[str], str]]:
    """COPY instructions from the build context: (sources, destination)."""
    found = []
    for arguments in dockerfile_values(path, "COPY"):
        words = [word for word in shlex.split(arguments) if not word.startswith("--")]
        if "--from=" not in arguments:
            found.append((words[:-1], words[-1]))
    return found


def effective_command(service: dict[str, Any], path: str) -> list[str]:
    """What the container runs: entrypoint plus command, as Docker combines them."""
    if "entrypoint" in service:
        entrypoint = command_words(service["entrypoint"])
        return entrypoint + command_words(service.get("command"))
    entrypoints = dockerfile_values(path, "ENTRYPOINT")
    entrypoint = exec_form(entrypoints[-1]) if entrypoints else []
    if "command" in service:
        return entrypoint + command_words(service["command"])
    commands = dockerfile_values(path, "CMD")
    return entrypoint + (exec_form(commands[-1]) if commands else [])


def option(words: list[str], name: str) -> Optional[str]:
    """The value after ``name`` (or of ``name=value``) in a command line."""
    for index, word in enumerate(words):
        if word == name and index + 1 < len(words):
            return words[index + 1]
        if word.startswith(name + "="):
            return word.split("=", 1)[1]
    return None


def nginx_text() -> str:
    return "\n".join(line.split("#", 1)[0] for line in NGINX_CONF.read_text(encoding="utf-8").splitlines())


def nginx_upstreams() -> dict[str, list[list[str]]]:
    """Upstream name -> its directives, each as a list of words."""
    upstreams = {}
    for match in re.finditer(r"\bupstream\s+(\S+)\s*\{([^}]*)\}", nginx_text()):
        directives = [statement.split() for statement in match.group(2).split(";") if statement.strip()]
        upstreams[match.group(1)] = directives
    return upstreams


def nginx_locations() -> dict[str, str]:
    """Location (as written after ``location``) -> the upstream its proxy_pass names."""
    locations = {}
    for match in re.finditer(r"\blocation\s+([^{]+?)\s*\{([^}]*)\}", nginx_text()):
        proxy = re.search(r"\bproxy_pass\s+http://([^/;\s]+)", match.group(2))
        locations[match.group(1)] = proxy.group(1) if proxy else ""
    return locations


def upstream_servers(directives: list[list[str]]) -> list[tuple[str, int, list[str]]]:
    """(host, port, parameters) of each ``server`` line."""
    servers = []
    for words in directives:
        if words[0] == "server":
            host, _, port = words[1].rpartition(":")
            servers.append((host, int(port), words[2:]))
    return servers


def rasa_port() -> int:
    words = shlex.split(script_rasa_run_line())
    port = option(words, "--port")
    assert port is not None, "deploy/start-rasa.sh should pass --port to rasa run"
    return int(port)


def script_rasa_run_line() -> str:
    """The start script's `rasa run` command, continuation lines joined."""
    text = START_SCRIPT.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if re.match(r"\s*(exec\s+)?rasa run\b", line)]
    assert len(lines) == 1, "deploy/start-rasa.sh should run `rasa run` exactly once"
    return lines[0]


def yaml_references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from yaml_references(value)
    elif isinstance(node, list):
        for value in node:
            yield from yaml_references(value)
    elif isinstance(node, str):
        yield from (match.group(1) for match in REFERENCE.finditer(node))


def dockerignore_patterns(path: str) -> list[tuple[bool, re.Pattern[str]]]:
    """(exception?, regex) per line of the Dockerfile's own ignore file, in order."""
    patterns = []
    for line in (ROOT / f"{path}.dockerignore").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = line.lstrip("!").strip("/")
        regex = re.escape(pattern).replace(r"\*\*", ".*").replace(r"\*", "[^/]*").replace(r"\?", "[^/]")
        patterns.append((negated, re.compile(regex)))
    return patterns


def excluded_from_context(relative: str, patterns: list[tuple[bool, re.Pattern[str]]]) -> bool:
    """Whether Docker leaves the path out of the build context: the last matching line decides,
    and a line matching a parent folder matches everything in it."""
    parts = relative.strip("/").split("/")
    candidates = ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]
    excluded = False
    for negated, regex in patterns:
        if any(regex.fullmatch(candidate) for candidate in candidates):
            excluded = not negated
    return excluded


# ---- Images -------------------------------------------------------------------------------------------


def test_rasa_image_is_the_official_one_at_the_locked_rasa_version() -> None:
    # The model is trained with the locked Rasa; the replicas must run the same one.
    assert dockerfile_values(RASA_DOCKERFILE, "FROM") == [f"rasa/rasa:{locked_versions()['rasa']}"]
    assert locked_versions()["rasa"] == "3.6.21"
    for name, service in rasa_services().items():
        assert service["build"].get("context", ".") == ".", f"{name}: build context must be the project root"


def test_action_server_image_is_the_official_sdk_at_the_locked_version() -> None:
    assert dockerfile_values(ACTIONS_DOCKERFILE, "FROM") == [f"rasa/rasa-sdk:{locked_versions()['rasa-sdk']}"]
    assert locked_versions()["rasa-sdk"] == "3.6.2"
    for name, service in action_services().items():
        assert service["build"].get("context", ".") == ".", f"{name}: build context must be the project root"


def test_pulled_images_have_a_version_tag() -> None:
    for name, service in services().items():
        if "build" in service:
            continue
        image = str(service.get("image", ""))
        repository, _, tag = image.rpartition(":")
        assert repository and re.match(r"\d", tag), f"{name}: image {image!r} should be pinned to a version"


def test_spacy_packages_added_to_the_rasa_image_are_all_locked() -> None:
    # The Dockerfile installs them with --no-deps from requirements.lock: a name missing from the lock
    # would fail the build, so catch it here first.
    arguments = next(value for value in dockerfile_values(RASA_DOCKERFILE, "ARG") if value.startswith("SPACY_PACKAGES="))
    names = arguments.split("=", 1)[1].strip('"').split()
    assert "spacy" in names
    missing = [name for name in names if name.lower().replace("_", "-") not in locked_versions()]
    assert not missing, f"not pinned in requirements.lock: {missing}"


# ---- Load balancer and replicas -------------------------------------------------------------------------


def test_at_least_two_rasa_replicas_behind_the_load_balancer() -> None:
    assert sum(replicas(service) for service in rasa_services().values()) >= 2

    lb_name, lb = load_balancer()
    mounts = [str(volume) for volume in lb.get("volumes", [])]
    assert any(mount.startswith("./deploy/nginx.conf:/etc/nginx/nginx.conf") for mount in mounts), mounts

    upstream = nginx_locations().get("/")
    assert upstream in nginx_upstreams(), "location / should proxy_pass to an upstream"
    servers = upstream_servers(nginx_upstreams()[upstream])
    assert {host for host, _, _ in servers} == set(rasa_services()), "the upstream should list the Rasa services"
    assert all(port == rasa_port() for _, port, _ in servers), f"Rasa listens on {rasa_port()}"

    for name, condition in ((name, depends_on(lb).get(name)) for name in rasa_services()):
        assert condition == "service_healthy", f"{lb_name} should wait until {name} is healthy"


def test_replicated_services_are_resolved_again_by_nginx() -> None:
    # nginx resolves a name once at start-up unless the server has `resolve` (open source nginx >= 1.27.3,
    # shared-memory zone): without it, scaling up or a replica restarted at a new address goes unseen.
    _, lb = load_balancer()
    version = tuple(int(part) for part in re.findall(r"\d+", str(lb["image"]).split(":", 1)[1].split("-")[0]))
    for name, directives in nginx_upstreams().items():
        for host, _, parameters in upstream_servers(directives):
            if host in rasa_services():
                assert "resolve" in parameters, f"upstream {name}: server {host} should have `resolve`"
                assert any(words[0] == "zone" for words in directives), f"upstream {name} needs a zone"
                assert version >= (1, 27, 3), f"`resolve` needs nginx >= 1.27.3, the image is {lb['image']}"
    assert re.search(r"\bresolver\s+127\.0\.0\.11\b", nginx_text()), "nginx should ask Docker's DNS (127.0.0.11)"


def test_telegram_and_slack_webhooks_stick_to_one_replica() -> None:
    # Their channels keep duplicate-delivery keys and Telegram's button keys in memory.
    upstreams, locations = nginx_upstreams(), nginx_locations()
    for path in ("/webhooks/telegram/", "/webhooks/slack/"):
        upstream = locations.get(path)
        assert upstream in upstreams, f"{path} should proxy_pass to an upstream"
        directives = upstreams[upstream]
        assert any(words[0] == "hash" for words in directives), f"upstream {upstream} should hash, not round robin"
        assert {host for host, _, _ in upstream_servers(directives)} == set(rasa_services())


def test_only_the_load_balancer_publishes_ports() -> None:
    lb_name, _ = load_balancer()
    for name, service in services().items():
        assert service.get("network_mode") != "host", f"{name} should not use the host's network"
        if name != lb_name:
            assert not service.get("ports"), f"{name} must not publish ports on the host"


def test_datastores_and_action_servers_are_not_on_the_load_balancers_network() -> None:
    _, lb = load_balancer()
    private = {**services_with_image("postgres:"), **services_with_image("redis:"), **action_services()}
    assert len(private) >= 3
    for name, service in private.items():
        assert not networks(service) & networks(lb), f"{name} should not be reachable from the load balancer"


# ---- Rasa's configuration -----------------------------------------------------------------------------------


def test_every_endpoints_variable_is_set_for_every_rasa_service() -> None:
    document = yaml.safe_load((ROOT / "endpoints.yml").read_text(encoding="utf-8"))
    variables = set(yaml_references(document))
    assert {"TRACKER_DB_URL", "LOCK_STORE_TYPE", "ACTION_SERVER_URL"} <= variables
    for name, service in rasa_services().items():
        missing = variables - set(environment(service))
        assert not missing, f"{name}: Rasa refuses to start without {sorted(missing)}"


def test_rasa_services_share_postgresql_and_redis() -> None:
    for name, service in rasa_services().items():
        env = environment(service)
        assert env["LOCK_STORE_TYPE"] == "redis", f"{name}: replicas need the Redis lock store"

        url = urlsplit(interpolate(env["TRACKER_DB_URL"]))
        assert url.scheme.startswith("postgresql"), f"{name}: TRACKER_DB_URL should be a PostgreSQL URL"
        assert url.hostname in services_with_image("postgres:"), f"{name}: {url.hostname} is not the postgres service"
        database = services()[url.hostname]
        db_env = environment(database)
        assert url.port in (None, 5432)
        assert url.username == db_env.get("POSTGRES_USER", "postgres")
        assert url.path.lstrip("/") == db_env.get("POSTGRES_DB", url.username)
        # The same secret on both sides, from the environment.
        password = re.search(r"^[^:]+://[^:@/]+:(.+)@", env["TRACKER_DB_URL"])
        assert password and referenced_variable(password.group(1)), f"{name}: password must come from ${{...}}"
        assert referenced_variable(password.group(1)) == referenced_variable(db_env["POSTGRES_PASSWORD"])

        assert env["REDIS_HOST"] in services_with_image("redis:"), f"{name}: REDIS_HOST is not the redis service"
        redis = services()[env["REDIS_HOST"]]
        assert env["REDIS_PORT"] == "6379"
        assert referenced_variable(env["REDIS_PASSWORD"]) == referenced_variable(environment(redis)["REDIS_PASSWORD"])
        assert "--requirepass" in " ".join(command_words(redis.get("command"))), "redis should require a password"

        for store in (url.hostname, env["REDIS_HOST"]):
            assert networks(service) & networks(services()[store]), f"{name} cannot reach {store}"
            assert depends_on(service).get(store) == "service_healthy", f"{name} should wait for a healthy {store}"


def test_rasa_image_has_the_project_code_model_and_spacy_pipeline() -> None:
    workdir = dockerfile_values(RASA_DOCKERFILE, "WORKDIR")[-1]
    env = " ".join(dockerfile_values(RASA_DOCKERFILE, "ENV"))
    assert re.search(rf"PYTHONPATH=(\S*:)?{re.escape(workdir)}(:|\s|$)", env), "bot/ must be importable"

    copied = {destination.rstrip("/"): sources for sources, destination in copies(RASA_DOCKERFILE)}
    assert copied.get("bot") == ["bot"], "the tracker store and channels live in bot/"
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    spacy_path = next(step["model"] for step in config["pipeline"] if step["name"] == "SpacyNLP")
    assert copied.get(spacy_path) == [spacy_path], f"config.yml loads {spacy_path} relative to {workdir}"
    model = option(shlex.split(script_rasa_run_line()), "--model")
    assert model and copied.get(model) == [model], f"the start script loads {model}"
    for name in ("endpoints.yml", "credentials.yml"):
        assert any(name in sources for sources, _ in copies(RASA_DOCKERFILE)), f"{name} is not copied"

    entrypoint = exec_form(dockerfile_values(RASA_DOCKERFILE, "ENTRYPOINT")[-1])
    assert entrypoint == [f"{workdir}/deploy/start-rasa.sh"]
    assert copied.get("deploy/start-rasa.sh") == ["deploy/start-rasa.sh"]


def test_rasa_image_build_fails_when_the_tracker_store_cannot_be_imported() -> None:
    # Rasa only warns and falls back to an in-memory store when the tracker store class (or its
    # database driver) cannot be imported: each replica would then keep its own conversations.
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text(encoding="utf-8"))
    module = endpoints["tracker_store"]["type"].rpartition(".")[0]
    smoke_tests = [run for run in dockerfile_values(RASA_DOCKERFILE, "RUN") if "python -c" in run]
    imported = {
        name.strip()
        for run in smoke_tests
        for statement in re.findall(r"\bimport\s+([\w., ]+)", run)
        for name in statement.split(",")
    }
    assert {module, "psycopg2", "redis"} <= imported, f"the build should import {module}, psycopg2 and redis"


def test_start_script_writes_credentials_then_serves_the_api_with_token_and_cors() -> None:
    script = START_SCRIPT.read_text(encoding="utf-8")
    credentials = script.find("python -m bot.channels.credentials build/credentials.yml")
    serve = re.search(r"^\s*(exec\s+)?rasa run\b", script, re.MULTILINE)
    assert serve and 0 <= credentials < serve.start(), "the credentials file must be written before Rasa starts"

    words = shlex.split(script_rasa_run_line())
    assert "--enable-api" in words
    assert option(words, "--auth-token") == "$RASA_TOKEN"
    assert option(words, "--cors") == "$RASA_CORS"
    assert option(words, "--credentials") == "build/credentials.yml"
    assert option(words, "--endpoints") == "endpoints.yml"
    for name, service in rasa_services().items():
        env = environment(service)
        for variable in ("RASA_TOKEN", "RASA_CORS"):
            assert referenced_variable(env.get(variable, "")) == variable, f"{name}: {variable} from the environment"


def test_rasa_services_are_health_checked_on_their_port() -> None:
    for name, service in rasa_services().items():
        test = " ".join(command_words(service.get("healthcheck", {}).get("test")))
        assert f"127.0.0.1:{rasa_port()}/" in test, f"{name}: health check should ask Rasa's GET /"


# ---- Action servers -----------------------------------------------------------------------------------------


def test_action_server_binds_all_interfaces_and_gets_its_token_from_the_environment() -> None:
    for rasa_name, rasa in rasa_services().items():
        url = urlsplit(interpolate(environment(rasa)["ACTION_SERVER_URL"]))
        assert url.hostname in action_services(), f"{rasa_name}: ACTION_SERVER_URL should name the action service"
        assert url.path == "/webhook"
        actions = action_services()[url.hostname]

        words = effective_command(actions, ACTIONS_DOCKERFILE)
        assert words[:3] == ["python", "-m", "bot.action_server"], words
        assert option(words, "--host") == "0.0.0.0", "inside a container it must listen on every interface"
        assert option(words, "--port") == str(url.port)

        token = referenced_variable(environment(actions).get("ACTION_SERVER_TOKEN", ""))
        assert token == "ACTION_SERVER_TOKEN", "the action server reads ACTION_SERVER_TOKEN from ${...}"
        assert referenced_variable(environment(rasa)["ACTION_SERVER_TOKEN"]) == token, "Rasa must send the same token"

        health = " ".join(command_words(actions.get("healthcheck", {}).get("test")))
        assert f"127.0.0.1:{url.port}/health" in health
        assert networks(rasa) & networks(actions), f"{rasa_name} cannot reach {url.hostname}"


def test_action_server_image_has_the_actions_and_bot_packages() -> None:
    copied = {destination.rstrip("/") for _, destination in copies(ACTIONS_DOCKERFILE)}
    assert {"actions", "bot"} <= copied
    workdir = dockerfile_values(ACTIONS_DOCKERFILE, "WORKDIR")[-1]
    assert f"PYTHONPATH={workdir}" in " ".join(dockerfile_values(ACTIONS_DOCKERFILE, "ENV"))


# ---- Secrets ----------------------------------------------------------------------------------------------


def test_no_literal_secrets_in_the_compose_file() -> None:
    for name, service in services().items():
        for key, value in environment(service).items():
            if SECRET_NAME.search(key):
                assert ONLY_A_REFERENCE.match(value), f"{name}: {key} should be ${{{key}:?...}} or ${{{key}:-}}"
            credentials = re.search(r"://[^/@\s]*:([^@\s]+)@", value)
            if credentials:
                assert ONLY_A_REFERENCE.match(credentials.group(1)), f"{name}: {key} has a password in its URL"
        command = command_words(service.get("command"))
        for word in command:
            for secret in re.findall(r"--requirepass\s+(\S+)", word):
                assert secret.strip("\"'").startswith("$"), f"{name}: literal password in its command"


def test_env_example_lists_every_variable_and_holds_no_secret() -> None:
    text = COMPOSE_FILE.read_text(encoding="utf-8").replace("$$", "")
    used = {match.group(1) for match in REFERENCE.finditer(text)}
    required = {match.group(1) for match in REFERENCE.finditer(text) if match.group(2) in (":?", "?")}
    assert {"POSTGRES_PASSWORD", "REDIS_PASSWORD", "RASA_TOKEN", "ACTION_SERVER_TOKEN"} <= required

    example: dict[str, str] = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            example[key.strip()] = value.strip()
    assert not used - set(example), f"missing from deploy/.env.example: {sorted(used - set(example))}"
    for key, value in example.items():
        if key in required or SECRET_NAME.search(key):
            assert value == "", f"deploy/.env.example must not hold a value for {key}"

    ignored = (DEPLOY / ".gitignore").read_text(encoding="utf-8").split()
    assert ".env" in ignored, "the filled-in deploy/.env must never be committed"


# ---- Start-up order and health ----------------------------------------------------------------------------


def test_every_service_has_a_health_check_and_waits_for_healthy_dependencies() -> None:
    for name, service in services().items():
        assert command_words(service.get("healthcheck", {}).get("test")), f"{name} has no health check"
        assert service.get("restart") in ("always", "unless-stopped", "on-failure"), f"{name} is not restarted"
        for dependency, condition in depends_on(service).items():
            assert dependency in services(), f"{name} depends on unknown {dependency}"
            assert condition == "service_healthy", f"{name} should wait until {dependency} is healthy"


# ---- Build context ------------------------------------------------------------------------------------------


def test_build_context_admits_what_the_dockerfiles_copy_and_nothing_bulky() -> None:
    for path in (RASA_DOCKERFILE, ACTIONS_DOCKERFILE):
        patterns = dockerignore_patterns(path)
        for sources, _ in copies(path):
            for source in sources:
                assert not excluded_from_context(source, patterns), f"{path}: {source} is left out of the context"
        for bulky in (".venv/bin/python", "var/conversations.db", "reports/eval/report.json", ".git/HEAD"):
            assert excluded_from_context(bulky, patterns), f"{path}: {bulky} should not be sent to the builder"
        assert excluded_from_context("bot/__pycache__/facts.cpython-310.pyc", patterns)
