#!/usr/bin/env bash
# Regenerates the screening evaluation: runs EvaluationTest with -Devaluation.record=true, which rewrites the
# committed baselines (screening/src/test/resources/evaluation/baseline-{development,heldout}-summary.tsv and
# baseline-development-cases.tsv; the held-out part as a summary only) and the report section of docs/screening.md.
# Commit the result only when the change is meant, and never one that raises the development part and lowers the
# held-out one (see docs/screening.md, Evaluation).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
./build.sh -q -pl screening -am test -Dtest=EvaluationTest -Dsurefire.failIfNoSpecifiedTests=false -Devaluation.record=true "$@"
git --no-pager diff --stat -- docs/screening.md screening/src/test/resources/evaluation/ || true
