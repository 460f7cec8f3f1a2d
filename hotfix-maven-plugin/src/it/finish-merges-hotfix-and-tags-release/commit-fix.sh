#!/usr/bin/env bash
# The engineer's fix on the hotfix branch that hotfix:start checked out.
set -euo pipefail
sed -i 's/setScale(2)/setScale(2, System.RoundingMode.HALF_UP)/' force-app/main/default/classes/FeeCalculator.cls
git commit -q -am "hotfix: round card fees half up" \
  -m "Fees were truncated, so card payments were short by a cent." \
  -m "Severity: Critical
Issue: #4821
Impact: card payments fail reconciliation"
