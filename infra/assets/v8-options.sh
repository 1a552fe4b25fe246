#!/bin/sh
# Lambda's exec wrapper (AWS_LAMBDA_EXEC_WRAPPER): Lambda starts the runtime through it, with the runtime's command line
# as arguments, the Node.js binary first. It starts that command with the V8 options of V8_OPTIONS after the binary.
# NODE_OPTIONS cannot carry them: Node.js accepts only a few V8 options there ("node: --no-regexp-tier-up is not
# allowed in NODE_OPTIONS"). Lambda runs such a wrapper on every native runtime and passes it the interpreter's path and
# the runtime's original arguments (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-modify.html#runtime-wrapper).
# -f: V8_OPTIONS is split into words on purpose, never expanded as file names ("--*" stays "--*").
set -euf
node="$1"
shift
# shellcheck disable=SC2086
exec "$node" ${V8_OPTIONS:-} "$@"
