#!/usr/bin/env bash
# Writes the env files an overlay generates its Secrets from (overlays/<overlay>/secrets/<name>.env, never
# committed: deploy/.gitignore) from the templates beside them (<name>.env.example):
#   @random@   becomes a fresh random value (openssl rand -hex 32: 64 hex characters, URL-safe)
#   {{KEY}}    becomes KEY's value from another file of the same overlay (e.g. MongoDB's password inside
#              the connection string)
# Existing files are kept as they are (delete one to make it anew). Prints what is still to fill in by hand
# (values `change-me`, for credentials that come from your own RabbitMQ, MongoDB, PostgreSQL or Nomics).
#   deploy/k8s/make-secrets.sh demo          # everything generated: ready for kubectl apply -k
#   deploy/k8s/make-secrets.sh production    # then fill in the change-me values
set -euo pipefail
overlay=${1:-}
here=$(cd "$(dirname "$0")" && pwd)
dir="$here/overlays/$overlay/secrets"
if [ -z "$overlay" ] || [ ! -d "$dir" ]; then
  echo "usage: $0 <overlay>   (overlays with secrets: $(cd "$here/overlays" && ls -d */secrets 2>/dev/null | sed 's#/secrets##' | tr '\n' ' '))" >&2
  exit 2
fi
random() {
  if command -v openssl >/dev/null 2>&1; then openssl rand -hex 32
  else head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; echo; fi
}

declare -A value=()   # KEY -> value, from every file of the overlay (kept or new)
declare -A pending=() # target file -> its content, still with {{KEY}} references
shopt -s nullglob
examples=("$dir"/*.env.example)
[ ${#examples[@]} -gt 0 ] || { echo "no *.env.example in $dir" >&2; exit 1; }
for example in "${examples[@]}"; do
  target=${example%.example}
  content=""
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ ! -e "$target" && "$line" =~ ^([A-Za-z_][A-Za-z0-9_]*)=@random@$ ]]; then
      line="${BASH_REMATCH[1]}=$(random)"
    fi
    [[ "$line" =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] && value[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
    content+="$line"$'\n'
  done <"$([ -e "$target" ] && echo "$target" || echo "$example")"
  [ -e "$target" ] && echo "kept     ${target#"$here"/}" || pending[$target]=$content
done

for target in "${!pending[@]}"; do
  content=${pending[$target]}
  while [[ "$content" =~ \{\{([A-Za-z_][A-Za-z0-9_]*)\}\} ]]; do
    key=${BASH_REMATCH[1]}
    [ -n "${value[$key]+set}" ] || { echo "${target#"$here"/}: {{$key}} is defined in no file of $overlay" >&2; exit 1; }
    content=${content//"{{$key}}"/"${value[$key]}"}
  done
  (umask 077; printf '%s' "$content" >"$target")
  echo "created  ${target#"$here"/}"
done

todo=$(grep -Hn 'change-me' "$dir"/*.env 2>/dev/null | grep -v ':[0-9]*:#' | sed "s#^$here/##" || true)
if [ -n "$todo" ]; then
  echo "fill in by hand (your infrastructure's credentials), then: kubectl apply -k deploy/k8s/overlays/$overlay"
  echo "$todo" | sed -E 's/^([^:]+):([0-9]+):([A-Za-z0-9_]+)=.*/  \1 line \2: \3/'
else
  echo "done: kubectl apply -k deploy/k8s/overlays/$overlay"
fi
