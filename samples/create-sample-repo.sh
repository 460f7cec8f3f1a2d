#!/usr/bin/env bash
# Creates a git repository from the payments sample, with the history a hotfix goes through:
# a production tag v1.4.2 on main, a feature commit on develop, and hotfix/fix-fee-rounding cut from the tag
# with one fix commit. Usage: create-sample-repo.sh TARGET_FOLDER (the folder is replaced).
set -euo pipefail

target=${1:?usage: create-sample-repo.sh TARGET_FOLDER}
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$target"
mkdir -p "$target"
cp -R "$here/payments/." "$target/"
cd "$target"

export GIT_AUTHOR_NAME="Sample Developer" GIT_AUTHOR_EMAIL="developer@example.com"
export GIT_COMMITTER_NAME="Sample Developer" GIT_COMMITTER_EMAIL="developer@example.com"
git init -q -b main
git add -A
git commit -q -m "Release 1.4.2"
git tag -a v1.4.2 -m "Release 1.4.2"

git switch -q -c develop
cat >> force-app/main/default/classes/InvoiceMailer.cls <<'APEX'
// Planned for 1.5.0: localized subjects.
APEX
git commit -q -am "Add localized invoice subjects"

git switch -q -c hotfix/fix-fee-rounding v1.4.2
sed -i 's/setScale(2)/setScale(2, System.RoundingMode.HALF_UP)/' force-app/main/default/classes/FeeCalculator.cls
git commit -q -am "hotfix: round card fees half up" \
  -m "Fees were truncated, so card payments were short by a cent." \
  -m "Severity: Critical
Issue: #4821
Impact: card payments fail reconciliation"

echo "Sample repository ready: $target (branch hotfix/fix-fee-rounding, production tag v1.4.2)"
