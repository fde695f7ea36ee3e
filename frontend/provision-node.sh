#!/usr/bin/env bash
# Provisions the Node.js that Vaadin uses to build the frontend (ECharts etc.), from the npm registry only.
#
#   provision-node.sh <node-home> <node-version> <npm-version>
#
# Vaadin 25.2 needs Node 24.x. With any other node on PATH it tries to download one from nodejs.org, which
# our machines cannot reach. So the build (pom.xml, phase initialize) runs this script, and points Vaadin at
# <node-home>/bin (vaadin.node.folder), an option that never falls back to a download. It unpacks:
#   <node-home>/bin/node                 from the registry package node-<os>-<arch>@<node-version>
#   <node-home>/lib/node_modules/npm     from npm@<npm-version> (Vaadin looks for ../lib/node_modules/npm)
#   <node-home>/etc/npmrc                a copy of the machine npm's global config (e.g. its `cafile`)
# It needs some npm on PATH to fetch the two packages (`npm pack`, which checks their integrity). It does
# nothing when <node-home> already holds that node version, and is safe to run twice at the same time.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 <node-home> <node-version> <npm-version>" >&2
  exit 2
fi
node_home=$1
node_version=${2#v}
npm_version=$3

if [ -x "$node_home/bin/node" ] && [ -f "$node_home/lib/node_modules/npm/bin/npm-cli.js" ] \
    && [ "$("$node_home/bin/node" --version 2>/dev/null)" = "v$node_version" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) platform=linux-arm64 ;;
  Darwin-arm64) platform=darwin-arm64 ;;
  Darwin-x86_64) platform=darwin-x64 ;;
  *) echo "provision-node: no Node.js package for $(uname -s) $(uname -m); set vaadin.node.folder to a Node $node_version bin folder" >&2
     exit 1 ;;
esac

if ! command -v npm >/dev/null 2>&1; then
  echo "provision-node: needs an npm on PATH (any version) to fetch node-$platform@$node_version from the npm registry" >&2
  exit 1
fi

echo "provision-node: installing Node $node_version (node-$platform) and npm $npm_version into $node_home"
parent=$(dirname "$node_home")
mkdir -p "$parent"
work=$(mktemp -d "$parent/.provision-node.XXXXXX")
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent --no-update-notifier "node-$platform@$node_version" "npm@$npm_version" >/dev/null)
mkdir -p "$work/home/lib/node_modules/npm"
tar -xzf "$work/node-$platform-$node_version.tgz" -C "$work/home" --strip-components=1
tar -xzf "$work/npm-$npm_version.tgz" -C "$work/home/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/home/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/home/bin/npx"

# npm reads its global config from <prefix>/etc/npmrc, i.e. from inside <node-home>: give it the same
# settings as the machine's npm (ours names the CA bundle that the registry's certificate needs).
global_config=$(npm config get globalconfig 2>/dev/null || true)
if [ -n "$global_config" ] && [ -f "$global_config" ]; then
  mkdir -p "$work/home/etc"
  cp "$global_config" "$work/home/etc/npmrc"
fi

"$work/home/bin/node" --version >/dev/null
"$work/home/bin/node" "$work/home/lib/node_modules/npm/bin/npm-cli.js" --version >/dev/null

# Move into place in one step (mv -T never nests into a folder that a concurrent run created meanwhile).
if [ -e "$node_home" ]; then # another version, or a broken one: replace it, but only if it is a Node
  if [ -x "$node_home/bin/node" ] || [ -z "$(ls -A "$node_home")" ]; then
    rm -rf "$node_home"
  else
    echo "provision-node: $node_home exists and holds no Node.js; move it away or choose another momentum.node.home" >&2
    exit 1
  fi
fi
if ! mv -T "$work/home" "$node_home" 2>/dev/null && [ ! -x "$node_home/bin/node" ]; then
  echo "provision-node: could not move Node into $node_home" >&2
  exit 1
fi
echo "provision-node: Node $("$node_home/bin/node" --version) ready in $node_home/bin"
