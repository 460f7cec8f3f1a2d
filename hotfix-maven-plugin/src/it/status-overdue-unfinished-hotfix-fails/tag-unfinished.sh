#!/usr/bin/env bash
# Merges the hotfix into main and tags v1.4.3 as hotfix:finish would, 20 days ago, but never merges it into develop.
set -euo pipefail
export GIT_AUTHOR_NAME="IT Developer" GIT_AUTHOR_EMAIL="it@example.com"
export GIT_COMMITTER_NAME="IT Developer" GIT_COMMITTER_EMAIL="it@example.com"
export GIT_COMMITTER_DATE="$(date -u -d '20 days ago' +%Y-%m-%dT%H:%M:%SZ)"
git switch -q main
git merge -q --no-ff -m "Merge hotfix: hotfix/fix-fee-rounding" hotfix/fix-fee-rounding
git tag -a v1.4.3 -m "Hotfix 1.4.3 from hotfix/fix-fee-rounding

Branch: hotfix/fix-fee-rounding
Severity: Critical
Issue: #4821"
