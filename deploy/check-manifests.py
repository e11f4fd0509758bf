#!/usr/bin/env python3
"""The checks behind deploy/check-manifests.sh (which builds the kustomizations first and passes their output).

  check-manifests.py DEPLOY_DIR BUILD_DIR      BUILD_DIR holds <name>.yaml, one per `kubectl kustomize` build

Fails (exit 1, one line per problem) when
  - a YAML file under deploy/ does not parse, or a kustomization names a file that does not exist;
  - a workload takes a Secret (env, envFrom, volume) that is not one of its own (e.g. query-api and the operator
    key, anything but aggregator-service and the PostgreSQL credentials), or a credential as a plain value or
    from a ConfigMap, or a Secret key the build does not hold, or mounts a service-account token;
  - a workload lacks an environment variable its service needs at start (RabbitMQ credentials for all, the
    operator key for the exchange services and aggregator-service, datasource credentials and MongoDB for
    aggregator-service, MongoDB and the cursor secret for query-api, NOMICS_API_KEY for nomics-service);
  - NetworkPolicies are missing or too wide: no default-deny ingress; RabbitMQ, MongoDB or PostgreSQL without a
    policy, or reachable by other pods than their clients; an operator port open to non-operator pods; query-api
    closed to clients; demo infrastructure without the label the policies select on;
  - compose publishes a port on all interfaces, writes a credential into the file, or hands a service a
    credential it does not use (or none it needs);
  - a template env file holds something else than a placeholder, or a real env file is not git-ignored.
Then it proves, on mutated copies of a build and of the compose file, that each kind of problem is caught
(CHECK_MANIFESTS_VERBOSE=1 prints what each mutation raised).
"""
import copy
import glob
import os
import re
import subprocess
import sys

import yaml

# --- what each workload may and must get --------------------------------------------------------------------
# One Secret per purpose (deploy/k8s/base/kustomization.yaml): minutebars-<purpose>, with these keys.
SECRETS = {
    "rabbitmq": {"RABBITMQ_USERNAME", "RABBITMQ_PASSWORD"},
    "operator-key": {"MINUTEBARS_SECURITY_OPERATOR_KEYS"},
    "mongodb": {"QUARKUS_MONGODB_CONNECTION_STRING"},
    "postgresql": {"QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"},
    "nomics": {"NOMICS_API_KEY"},
    "query-api": {"QUERY_CURSOR_SECRET", "MINUTEBARS_SECURITY_READ_KEYS"},
    "mongodb-root": {"MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD"},
}
EXCHANGE_SERVICES = ["binance-service", "bybit-service", "bitmex-service", "nomics-service"]
OPERATOR_SERVICES = EXCHANGE_SERVICES + ["aggregator-service"]
SERVICES = OPERATOR_SERVICES + ["query-api"]
# Secrets (purposes) each workload may use; a workload missing here fails the check until it is added.
K8S_ALLOWED = {
    "binance-service": {"rabbitmq", "operator-key"},
    "bybit-service": {"rabbitmq", "operator-key"},
    "bitmex-service": {"rabbitmq", "operator-key"},
    "nomics-service": {"rabbitmq", "operator-key", "nomics"},
    "aggregator-service": {"rabbitmq", "operator-key", "mongodb", "postgresql"},
    "query-api": {"rabbitmq", "mongodb", "query-api"},
    # overlays/demo: the in-cluster infrastructure and the simulator
    "rabbitmq": {"rabbitmq"},
    "mongodb": {"mongodb-root"},
    "postgresql": {"postgresql"},
    "exchange-simulator": set(),
}
# Environment variables a service needs at start (outside dev and test it refuses to start without the
# credentials: service-common's KeyRing and RequiredSecrets, nomics' and aggregator's required-secrets;
# MongoDB's connection string would otherwise be 127.0.0.1).
RABBIT = {"RABBITMQ_USERNAME", "RABBITMQ_PASSWORD"}
OPERATOR = {"MINUTEBARS_SECURITY_OPERATOR_KEYS"}
REQUIRED = {
    "binance-service": RABBIT | OPERATOR,
    "bybit-service": RABBIT | OPERATOR,
    "bitmex-service": RABBIT | OPERATOR,
    "nomics-service": RABBIT | OPERATOR | {"NOMICS_API_KEY"},
    "aggregator-service": RABBIT | OPERATOR | {"QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                                              "QUARKUS_MONGODB_CONNECTION_STRING"},
    "query-api": RABBIT | {"QUARKUS_MONGODB_CONNECTION_STRING", "QUERY_CURSOR_SECRET"},
}
# Who may reach the broker and the databases (pods labelled minutebars.io/infra=<name>), on which port.
INFRA_CLIENTS = {
    "rabbitmq": (5672, set(SERVICES)),
    "mongodb": (27017, {"aggregator-service", "query-api"}),
    "postgresql": (5432, {"aggregator-service"}),
}
INFRA_LABEL = "minutebars.io/infra"
OPERATOR_LABEL = "minutebars.io/operator"
NAME_LABEL = "app.kubernetes.io/name"
CREDENTIAL_NAME = re.compile(r"PASSWORD|PASS$|SECRET|API_KEY|_KEYS?$|TOKEN|CONNECTION_STRING|CREDENTIAL|USERNAME|_USER$")
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"}

# compose: the .env variables per purpose, and the purposes each compose service may use
COMPOSE_VARS = {
    "RABBITMQ_USERNAME": "rabbitmq", "RABBITMQ_PASSWORD": "rabbitmq",
    "MINUTEBARS_SECURITY_OPERATOR_KEYS": "operator-key",
    "MONGODB_USERNAME": "mongodb", "MONGODB_PASSWORD": "mongodb",
    "POSTGRES_USERNAME": "postgresql", "POSTGRES_PASSWORD": "postgresql",
    "NOMICS_API_KEY": "nomics",
    "QUERY_CURSOR_SECRET": "query-api", "MINUTEBARS_SECURITY_READ_KEYS": "query-api",
}
COMPOSE_ALLOWED = dict(K8S_ALLOWED, mongodb={"mongodb"}, postgres={"postgresql"})
COMPOSE_OPTIONAL = {"MINUTEBARS_SECURITY_READ_KEYS"}  # may default to empty


class Problems(list):
    def add(self, where, what):
        self.append(f"{where}: {what}")


# --- helpers ------------------------------------------------------------------------------------------------
def purpose_of(secret_name):
    """minutebars-<purpose>[-<kustomize hash>] -> purpose, or None for a Secret that is none of ours."""
    m = re.fullmatch(r"minutebars-(.+?)(-[a-z0-9]{10})?", secret_name or "")
    return m.group(1) if m and m.group(1) in SECRETS else None


def pod_spec(doc):
    spec = doc.get("spec") or {}
    if doc["kind"] == "Pod":
        return spec
    if doc["kind"] == "CronJob":
        spec = ((spec.get("jobTemplate") or {}).get("spec") or {})
    return ((spec.get("template") or {}).get("spec")) or {}


def pod_labels(doc):
    if doc["kind"] == "Pod":
        return (doc.get("metadata") or {}).get("labels") or {}
    spec = doc.get("spec") or {}
    if doc["kind"] == "CronJob":
        spec = ((spec.get("jobTemplate") or {}).get("spec") or {})
    return (((spec.get("template") or {}).get("metadata") or {}).get("labels")) or {}


def selects(selector, labels):
    """Does a LabelSelector select a pod with these labels? (An empty selector selects every pod.)"""
    if selector is None:
        return False
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != str(v):
            return False
    for e in selector.get("matchExpressions") or []:
        k, op, vals = e.get("key"), e.get("operator"), [str(x) for x in e.get("values") or []]
        if op == "In" and labels.get(k) not in vals:
            return False
        if op == "NotIn" and k in labels and labels[k] in vals:
            return False
        if op == "Exists" and k not in labels:
            return False
        if op == "DoesNotExist" and k in labels:
            return False
    return True


def is_empty(selector):
    return selector is not None and not selector.get("matchLabels") and not selector.get("matchExpressions")


def names_selected(selector):
    """The app.kubernetes.io/name values a selector is limited to, or None when it is not limited by name."""
    if selector is None:
        return None
    names = None
    ml = selector.get("matchLabels") or {}
    if NAME_LABEL in ml:
        names = {str(ml[NAME_LABEL])}
    for e in selector.get("matchExpressions") or []:
        if e.get("key") == NAME_LABEL and e.get("operator") == "In":
            vals = {str(x) for x in e.get("values") or []}
            names = vals if names is None else names & vals
    return names


def port_matches(rule_ports, number, name="http"):
    if not rule_ports:
        return True
    return any(p.get("port") in (number, str(number), name) or p.get("port") is None for p in rule_ports)


# --- kustomize builds -------------------------------------------------------------------------------------
def check_build(label, docs, problems):
    secrets = {d["metadata"]["name"]: set((d.get("data") or {}).keys()) | set((d.get("stringData") or {}).keys())
               for d in docs if d.get("kind") == "Secret"}
    configmaps = {d["metadata"]["name"]: d.get("data") or {} for d in docs if d.get("kind") == "ConfigMap"}
    generated = bool(secrets)  # overlays generate their Secrets; the base only references them
    workloads = [d for d in docs if d.get("kind") in WORKLOAD_KINDS]
    policies = [d for d in docs if d.get("kind") == "NetworkPolicy"]

    for name, data in configmaps.items():
        for k in data:
            if CREDENTIAL_NAME.search(k):
                problems.add(f"{label}: ConfigMap {name}", f"{k} looks like a credential: put it in a Secret")

    for w in workloads:
        wname = w["metadata"]["name"]
        where = f"{label}: {w['kind']} {wname}"
        allowed = K8S_ALLOWED.get(wname)
        if allowed is None:
            problems.add(where, "no secret policy: add the workload to K8S_ALLOWED in deploy/check-manifests.py")
            allowed = set()
        spec = pod_spec(w)
        if spec.get("automountServiceAccountToken") is not False:
            problems.add(where, "mounts a service-account token (set automountServiceAccountToken: false)")
        from_secrets = {}  # env name -> (purpose, key, optional)

        def take(purpose, secret, key, how, optional=False, env_name=None):
            if purpose is None:
                problems.add(where, f"{how} takes Secret {secret}, which is none of minutebars' Secrets")
                return
            if purpose not in allowed:
                problems.add(where, f"{how} takes {key or '*'} of Secret minutebars-{purpose}, which it must not "
                                    f"(it may use: {', '.join(sorted(allowed)) or 'no Secret'})")
            if key is not None and key not in SECRETS[purpose]:
                problems.add(where, f"{how} takes key {key} of minutebars-{purpose}, which holds only "
                                    f"{', '.join(sorted(SECRETS[purpose]))}")
            if generated and key is not None and not optional:
                if secret not in secrets:
                    problems.add(where, f"{how}: Secret {secret} is not in the build")
                elif key not in secrets[secret]:
                    problems.add(where, f"{how}: Secret {secret} has no key {key}")
            if env_name is not None:
                from_secrets[env_name] = (purpose, key, optional)

        for c in (spec.get("initContainers") or []) + (spec.get("containers") or []):
            for e in c.get("env") or []:
                n, vf = e.get("name"), e.get("valueFrom") or {}
                if "secretKeyRef" in vf:
                    ref = vf["secretKeyRef"]
                    take(purpose_of(ref.get("name")), ref.get("name"), ref.get("key"), f"env {n}",
                         bool(ref.get("optional")), n)
                elif CREDENTIAL_NAME.search(n or "") and "fieldRef" not in vf:
                    src = "a ConfigMap" if "configMapKeyRef" in vf else "a plain value"
                    problems.add(where, f"env {n} looks like a credential but comes from {src}")
            for ef in c.get("envFrom") or []:
                if "secretRef" in ef:
                    sname = ef["secretRef"].get("name")
                    if sname not in secrets:
                        problems.add(where, f"envFrom Secret {sname}: not in the build, its keys cannot be checked "
                                            "(name each key with secretKeyRef)")
                        continue
                    for k in secrets[sname]:
                        take(purpose_of(sname), sname, k, f"envFrom {sname}", False, (ef.get("prefix") or "") + k)
                if "configMapRef" in ef:
                    cname = ef["configMapRef"].get("name")
                    for k in configmaps.get(cname, {}):
                        if CREDENTIAL_NAME.search(k):
                            problems.add(where, f"envFrom ConfigMap {cname} carries {k}, a credential")
        for v in spec.get("volumes") or []:
            if "secret" in v:
                take(purpose_of(v["secret"].get("secretName")), v["secret"].get("secretName"), None,
                     f"volume {v.get('name')}")
            for src in ((v.get("projected") or {}).get("sources") or []):
                if "secret" in src:
                    take(purpose_of(src["secret"].get("name")), src["secret"].get("name"), None,
                         f"volume {v.get('name')}")
                if "serviceAccountToken" in src:
                    problems.add(where, f"volume {v.get('name')} projects a service-account token")
        for n in sorted(REQUIRED.get(wname, ())):
            got = from_secrets.get(n)
            if got is None:
                problems.add(where, f"lacks {n}, which the service needs at start (from its Secret)")
            elif got[2]:
                problems.add(where, f"{n} is optional here, but the service needs it at start")

    check_policies(label, workloads, policies, problems)


def check_policies(label, workloads, policies, problems):
    ingress_policies = [p for p in policies if "Ingress" in (p.get("spec", {}).get("policyTypes") or ["Ingress"])]
    if not any(is_empty(p["spec"].get("podSelector")) and not p["spec"].get("ingress") for p in ingress_policies):
        problems.add(label, "no default-deny ingress NetworkPolicy (podSelector {}, policyTypes [Ingress], no rules)")
    pods = {w["metadata"]["name"]: pod_labels(w) for w in workloads}

    def rules_for(labels):
        for p in ingress_policies:
            if selects(p["spec"].get("podSelector"), labels):
                for r in p["spec"].get("ingress") or []:
                    yield p["metadata"]["name"], r

    # the broker and the databases
    for infra, (port, clients) in INFRA_CLIENTS.items():
        labels = {INFRA_LABEL: infra}
        selecting = [p for p in ingress_policies
                     if not is_empty(p["spec"].get("podSelector")) and selects(p["spec"].get("podSelector"), labels)]
        if not selecting:
            problems.add(label, f"no NetworkPolicy for {infra} (pods labelled {INFRA_LABEL}={infra})")
            continue
        reached = set()
        for pname, r in rules_for(labels):
            where = f"{label}: NetworkPolicy {pname}"
            if not r.get("from"):
                problems.add(where, f"opens {infra} to every pod and address")
                continue
            for peer in r["from"]:
                names = names_selected(peer.get("podSelector"))
                if "ipBlock" in peer or "namespaceSelector" in peer or names is None:
                    problems.add(where, f"lets {yaml.safe_dump(peer, default_flow_style=True).strip()} reach "
                                        f"{infra}: only its clients, by {NAME_LABEL}, may")
                    continue
                if not port_matches(r.get("ports"), port):
                    continue
                extra = names - clients
                if extra:
                    problems.add(where, f"lets {', '.join(sorted(extra))} reach {infra}, which must not")
                reached |= names & clients
        for missing in sorted(clients - reached):
            problems.add(label, f"{missing} cannot reach {infra} on {port}: no NetworkPolicy lets it")
        for wname, wl in pods.items():
            if wname == infra and wl.get(INFRA_LABEL) != infra:
                problems.add(f"{label}: workload {wname}",
                             f"lacks the label {INFRA_LABEL}: {infra} its NetworkPolicies select on")

    # operator ports: operator pods and Prometheus only
    for svc in OPERATOR_SERVICES:
        labels = pods.get(svc)
        if labels is None:
            continue
        operators = False
        for pname, r in rules_for(labels):
            where = f"{label}: NetworkPolicy {pname}"
            if not r.get("from"):
                problems.add(where, f"opens {svc}'s operator port to every pod and address")
                continue
            for peer in r["from"]:
                ps, ns = peer.get("podSelector"), peer.get("namespaceSelector")
                operator_peer = ps is not None and str((ps.get("matchLabels") or {}).get(OPERATOR_LABEL)) == "true" \
                    and (ns is None or not is_empty(ns))
                prometheus_peer = ps is not None and (ps.get("matchLabels") or {}).get(NAME_LABEL) == "prometheus" \
                    and ns is not None and not is_empty(ns)
                if operator_peer:
                    operators = True
                elif not prometheus_peer:
                    problems.add(where, f"lets {yaml.safe_dump(peer, default_flow_style=True).strip()} reach {svc}'s "
                                        f"operator port: only pods labelled {OPERATOR_LABEL}=true (and Prometheus) may")
        if not operators:
            problems.add(label, f"operator pods ({OPERATOR_LABEL}=true) cannot reach {svc}")

    # the read API is open to its clients
    if "query-api" in pods:
        if not any(not r.get("from") and port_matches(r.get("ports"), 8080)
                   for _, r in rules_for(pods["query-api"])):
            problems.add(label, "query-api's port 8080 is not open to clients (an ingress rule without `from`)")


# --- compose ------------------------------------------------------------------------------------------------
LOOPBACK = re.compile(r"127(\.\d{1,3}){3}|\[?::1\]?|localhost")
INTERPOLATION = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


def loopback_host(host):
    """True when a published port's host address is loopback, or a ${VAR:-loopback} default."""
    m = re.fullmatch(r"\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)\}", host)
    if m:
        host = m.group(1)
    return bool(LOOPBACK.fullmatch(host))


def split_host(port):
    """'HOST:PUBLISHED:TARGET' -> HOST, or None when the mapping names no host address."""
    m = re.fullmatch(r"(\$\{[^}]*\}|\[[^\]]*\]|[^:\[]+):([^:]+):(.+)", port)
    return m.group(1) if m else None


def check_compose(path, compose, problems):
    where0 = os.path.relpath(path)
    for sname, svc in (compose.get("services") or {}).items():
        where = f"{where0}: service {sname}"
        if svc.get("network_mode") == "host":
            problems.add(where, "network_mode: host publishes every port on all interfaces")
        for p in svc.get("ports") or []:
            if isinstance(p, dict):
                if p.get("published") is not None and not loopback_host(str(p.get("host_ip", ""))):
                    problems.add(where, f"port {p.get('published')} is published on all interfaces (set host_ip: "
                                        "127.0.0.1)")
                continue
            host = split_host(str(p))
            if host is None or not loopback_host(host):
                problems.add(where, f"port \"{p}\" is published on all interfaces: bind it to "
                                    "${MINUTEBARS_BIND:-127.0.0.1}")
        if svc.get("env_file"):
            problems.add(where, "env_file hands the service every credential of the file: name each one under "
                                "environment")
        env = svc.get("environment") or {}
        if isinstance(env, list):
            env = dict(e.split("=", 1) if "=" in e else (e, None) for e in env)
        allowed = COMPOSE_ALLOWED.get(sname)
        for n, v in env.items():
            v = "" if v is None else str(v)
            for m in INTERPOLATION.finditer(v):
                purpose = COMPOSE_VARS.get(m.group(1))
                if purpose and allowed is not None and purpose not in allowed:
                    problems.add(where, f"{n} takes ${{{m.group(1)}}} ({purpose}), which the service must not get")
                if purpose and m.group(2) in (":-", "-") and m.group(3):
                    problems.add(where, f"{n}: ${{{m.group(1)}}} has a default value: a credential must come from .env")
            if CREDENTIAL_NAME.search(n):
                literal = INTERPOLATION.sub("", v)
                if n == "QUARKUS_MONGODB_CONNECTION_STRING":
                    userinfo = re.match(r"[a-z+]+://([^@/]*)@", literal)
                    if userinfo and userinfo.group(1).strip(":"):
                        problems.add(where, f"{n} has credentials written into the file")
                elif literal.strip():
                    problems.add(where, f"{n} is written into the file: take it from .env (${{{n}:?...}})")
        for n in sorted(REQUIRED.get(sname, ())):
            if n not in env:
                problems.add(where, f"lacks {n}, which the service needs at start")
            elif n not in COMPOSE_OPTIONAL and re.search(r"\$\{[A-Za-z_0-9]+:-\}", str(env[n])):
                problems.add(where, f"{n} may be empty, but the service needs it at start")


# --- files: parse, references, placeholders, git-ignore -------------------------------------------------------
PLACEHOLDER = re.compile(r"|.*change-me.*|@random@|.*\{\{[A-Za-z_0-9]+\}\}.*")


def check_files(deploy, problems):
    for path in sorted(glob.glob(os.path.join(deploy, "**", "*.y*ml"), recursive=True)):
        rel = os.path.relpath(path, deploy)
        try:
            with open(path) as f:
                docs = [d for d in yaml.safe_load_all(f) if d is not None]
        except yaml.YAMLError as e:
            problems.add(rel, f"does not parse: {e}")
            continue
        base = os.path.dirname(path)
        for d in docs:
            if not isinstance(d, dict):
                continue
            if d.get("kind") in ("Kustomization", "Component"):
                for ref in (d.get("resources") or []) + (d.get("components") or []):
                    if not os.path.exists(os.path.join(base, ref)):
                        problems.add(rel, f"missing {ref}")
                for g in d.get("secretGenerator") or []:
                    for env in (g.get("envs") or []) + (g.get("files") or []):
                        if not os.path.exists(os.path.join(base, env + ".example")):
                            problems.add(rel, f"secretGenerator {g.get('name')}: no template {env}.example")
                    if g.get("literals"):
                        problems.add(rel, f"secretGenerator {g.get('name')} has literals: credentials in the repository")
            elif "kind" in d and not (d.get("metadata") or {}).get("name"):
                problems.add(rel, f"a {d['kind']} without a name")
    for path in sorted(glob.glob(os.path.join(deploy, "**", "*.env.example"), recursive=True)) + \
            [os.path.join(deploy, "compose", ".env.example")]:
        rel = os.path.relpath(path, deploy)
        if not os.path.exists(path):
            problems.add(rel, "missing: the template of compose's .env")
            continue
        for i, line in enumerate(open(path), 1):
            m = re.match(r"\s*([A-Za-z_][A-Za-z0-9_]*)=(.*?)\s*$", line)
            if m and CREDENTIAL_NAME.search(m.group(1)) and not re.search(r"USER(NAME)?$", m.group(1)) \
                    and not PLACEHOLDER.fullmatch(m.group(2)):
                problems.add(f"{rel}:{i}", f"{m.group(1)} holds a value, not a placeholder (change-me, @random@)")
    try:
        top = subprocess.run(["git", "-C", deploy, "rev-parse", "--show-toplevel"], capture_output=True, text=True)
    except OSError:
        top = None
    if top is None or top.returncode != 0:
        print("note: not a git work tree, git-ignore checks skipped")
        return
    real = ["compose/.env"] + [os.path.relpath(p[:-len(".example")], deploy)
                               for p in glob.glob(os.path.join(deploy, "k8s", "**", "*.env.example"), recursive=True)]
    ignored = subprocess.run(["git", "-C", deploy, "check-ignore", "--no-index", *real], capture_output=True,
                             text=True).stdout.split()
    for r in real:
        if r not in ignored:
            problems.add(r, "is not git-ignored: real credentials would be committed (deploy/.gitignore)")
    tracked = subprocess.run(["git", "-C", deploy, "ls-files", "--", *real], capture_output=True, text=True).stdout
    for r in tracked.split():
        problems.add(r, "is committed: it is where real credentials go")


# --- the checks catch what they claim to ---------------------------------------------------------------------
def self_test(docs, compose):
    def workload(ds, name):
        return next(d for d in ds if d.get("kind") in WORKLOAD_KINDS and d["metadata"]["name"] == name)

    def container(ds, name):
        return pod_spec(workload(ds, name))["containers"][0]

    def secret_name(ds, purpose):
        return next(d["metadata"]["name"] for d in ds if d.get("kind") == "Secret"
                    and purpose_of(d["metadata"]["name"]) == purpose)

    def give(name, purpose, key):
        def f(ds, _):
            container(ds, name)["env"].append({"name": key, "valueFrom": {
                "secretKeyRef": {"name": secret_name(ds, purpose), "key": key}}})
        return f

    def drop_env(name, var):
        def f(ds, _):
            c = container(ds, name)
            c["env"] = [e for e in c["env"] if e["name"] != var]
        return f

    def drop_policy(pname):
        def f(ds, _):
            ds[:] = [d for d in ds if not (d.get("kind") == "NetworkPolicy" and d["metadata"]["name"] == pname)]
        return f

    def policy(ds, pname):
        return next(d for d in ds if d.get("kind") == "NetworkPolicy" and d["metadata"]["name"] == pname)

    def compose_set(svc, key, value):
        def f(_, c):
            c["services"][svc][key] = value
        return f

    def compose_env(svc, var, value):
        def f(_, c):
            c["services"][svc]["environment"][var] = value
        return f

    def compose_drop(svc, var):
        def f(_, c):
            del c["services"][svc]["environment"][var]
        return f

    def envfrom(ds, _):
        container(ds, "query-api").setdefault("envFrom", []).append(
            {"secretRef": {"name": secret_name(ds, "postgresql")}})

    def plain(ds, _):
        container(ds, "bybit-service")["env"].append({"name": "RABBITMQ_PASSWORD", "value": "guest"})

    def open_operator(ds, _):
        policy(ds, "operator-access")["spec"]["ingress"][0].pop("from")

    def widen_db(ds, _):
        policy(ds, "postgresql-clients")["spec"]["ingress"][0]["from"].append({"podSelector": {}})

    def unlabel(ds, _):
        pod_labels(workload(ds, "mongodb")).pop(INFRA_LABEL)

    def token(ds, _):
        pod_spec(workload(ds, "aggregator-service")).pop("automountServiceAccountToken")

    cases = [
        ("query-api gets the operator key", give("query-api", "operator-key", "MINUTEBARS_SECURITY_OPERATOR_KEYS"),
         "which it must not"),
        ("binance-service gets PostgreSQL credentials",
         give("binance-service", "postgresql", "QUARKUS_DATASOURCE_PASSWORD"), "which it must not"),
        ("query-api takes a whole Secret by envFrom", envfrom, "which it must not"),
        ("a credential as a plain value", plain, "plain value"),
        ("nomics-service without RabbitMQ's password", drop_env("nomics-service", "RABBITMQ_PASSWORD"),
         "lacks RABBITMQ_PASSWORD"),
        ("aggregator-service without the operator key",
         drop_env("aggregator-service", "MINUTEBARS_SECURITY_OPERATOR_KEYS"), "lacks MINUTEBARS_SECURITY_OPERATOR_KEYS"),
        ("nomics-service without its API key", drop_env("nomics-service", "NOMICS_API_KEY"), "lacks NOMICS_API_KEY"),
        ("aggregator-service without datasource credentials",
         drop_env("aggregator-service", "QUARKUS_DATASOURCE_USERNAME"), "lacks QUARKUS_DATASOURCE_USERNAME"),
        ("a service-account token mounted", token, "service-account token"),
        ("no NetworkPolicy for RabbitMQ", drop_policy("rabbitmq-clients"), "no NetworkPolicy for rabbitmq"),
        ("no NetworkPolicy for MongoDB", drop_policy("mongodb-clients"), "no NetworkPolicy for mongodb"),
        ("no NetworkPolicy for PostgreSQL", drop_policy("postgresql-clients"), "no NetworkPolicy for postgresql"),
        ("no default-deny ingress", drop_policy("default-deny-ingress"), "default-deny"),
        ("PostgreSQL open to every pod", widen_db, "reach postgresql"),
        ("operator ports open to all", open_operator, "operator port to every pod"),
        ("query-api closed to clients", drop_policy("query-api-clients"), "not open to clients"),
        ("demo MongoDB without its label", unlabel, "lacks the label"),
        ("compose port on all interfaces", compose_set("aggregator-service", "ports", ["8082:8082"]),
         "all interfaces"),
        ("compose port on 0.0.0.0", compose_set("query-api", "ports", ["0.0.0.0:8080:8080"]), "all interfaces"),
        ("compose port defaulting to 0.0.0.0",
         compose_set("postgres", "ports", ["${MINUTEBARS_INFRA_BIND:-0.0.0.0}:5432:5432"]), "all interfaces"),
        ("compose password written in", compose_env("postgres", "POSTGRES_PASSWORD", "postgres"), "written into"),
        ("compose credential with a default", compose_env("rabbitmq", "RABBITMQ_DEFAULT_PASS",
                                                          "${RABBITMQ_PASSWORD:-guest}"), "default value"),
        ("compose query-api gets the operator key",
         compose_env("query-api", "MINUTEBARS_SECURITY_OPERATOR_KEYS", "${MINUTEBARS_SECURITY_OPERATOR_KEYS:?}"),
         "must not get"),
        ("compose bybit-service without the operator key", compose_drop("bybit-service",
                                                                        "MINUTEBARS_SECURITY_OPERATOR_KEYS"),
         "lacks MINUTEBARS_SECURITY_OPERATOR_KEYS"),
    ]
    failed = []
    for title, mutate, expect in cases:
        ds, c = copy.deepcopy(docs), copy.deepcopy(compose)
        try:
            mutate(ds, c)
        except (KeyError, IndexError, StopIteration, TypeError, AttributeError) as e:
            failed.append(f"self-test: \"{title}\" cannot be set up on this build ({type(e).__name__} {e}): "
                          "update self_test in deploy/check-manifests.py")
            continue
        found = Problems()
        check_build("self-test", ds, found)
        check_compose("compose", c, found)
        if os.environ.get("CHECK_MANIFESTS_VERBOSE"):
            print(f"self-test {title}: " + next((p for p in found if expect in p), "NOT CAUGHT"))
        if not any(expect in p for p in found):
            failed.append(f"self-test: \"{title}\" is not caught (expected a problem with \"{expect}\"; got: "
                          f"{found[:3] or 'none'})")
    return len(cases), failed


def main():
    deploy, builds = sys.argv[1], sys.argv[2]
    without_builds = "--without-builds" in sys.argv[3:]
    problems = Problems()
    check_files(deploy, problems)
    built = {}
    for path in sorted(glob.glob(os.path.join(builds, "*.yaml"))):
        label = os.path.basename(path)[:-len(".yaml")]
        with open(path) as f:
            built[label] = [d for d in yaml.safe_load_all(f) if d]
        check_build(label, built[label], problems)
    compose_path = os.path.join(deploy, "compose", "docker-compose.yml")
    with open(compose_path) as f:
        compose = yaml.safe_load(f)
    check_compose(compose_path, compose, problems)
    cases = 0
    if problems:
        print("self-test skipped: the manifests themselves have problems")
    elif without_builds:
        print("self-test skipped: no kustomize build to mutate")
    elif "demo" not in built:
        problems.add("self-test", "needs the demo overlay's build")
    else:
        cases, failed = self_test(built["demo"], compose)
        problems.extend(failed)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"manifests OK: builds {', '.join(sorted(built))}; compose; {cases} self-test mutations caught")
    return 0


if __name__ == "__main__":
    sys.exit(main())
