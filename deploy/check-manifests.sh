#!/usr/bin/env bash
# Checks that every YAML file under deploy/ parses and that every kustomization's resources,
# components and patches exist. (No cluster or kubectl needed.)
set -euo pipefail
cd "$(dirname "$0")"
command -v python3 >/dev/null || { echo "python3 missing: manifest check skipped"; exit 0; }
python3 - <<'PY'
import os, sys
try:
    import yaml
except ImportError:
    print("PyYAML missing (apt-get install python3-yaml): skipped"); sys.exit(0)
bad = 0
for root, _, files in os.walk("."):
    for f in files:
        if not f.endswith((".yaml", ".yml")):
            continue
        path = os.path.join(root, f)
        try:
            docs = [d for d in yaml.safe_load_all(open(path)) if d is not None]
        except yaml.YAMLError as e:
            print(f"{path}: {e}"); bad += 1; continue
        for d in docs:
            if d.get("kind") in ("Kustomization", "Component"):
                for ref in d.get("resources", []) + d.get("components", []):
                    if not os.path.exists(os.path.join(root, ref)):
                        print(f"{path}: missing {ref}"); bad += 1
            elif "kind" in d and not d.get("metadata", {}).get("name"):
                print(f"{path}: a {d['kind']} without a name"); bad += 1
print("manifests OK" if bad == 0 else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
PY
