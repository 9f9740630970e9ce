#!/usr/bin/env sh
# The package's `monitor` command: runs the TypeScript entry point with the project's own tsx.
dir=$(dirname "$(readlink -f "$0")")
exec "$dir/../node_modules/.bin/tsx" "$dir/monitor.ts" "$@"
