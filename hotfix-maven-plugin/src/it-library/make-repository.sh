#!/usr/bin/env bash
# Turns an invoker project folder into a git repository with the payments sample at production tag v1.4.2,
# a develop branch, and a hotfix branch shaped by SCENARIO. The project's own files (pom.xml, scripts)
# are part of the release commit, so they never show up as changes.
# Usage: make-repository.sh SAMPLES_DIR PROJECT_DIR SCENARIO
set -euo pipefail

samples=$1
project=$2
scenario=$3
classes=force-app/main/default/classes

cd "$project"
cp -R "$samples/payments/." .
printf 'build.log\ntarget/\n' > .gitignore

export GIT_AUTHOR_NAME="IT Developer" GIT_AUTHOR_EMAIL="it@example.com"
export GIT_COMMITTER_NAME="IT Developer" GIT_COMMITTER_EMAIL="it@example.com"
git init -q -b main
git add -A
git commit -q -m "Release 1.4.2"
git tag -a v1.4.2 -m "Release 1.4.2"

git switch -q -c develop
echo "// Planned for 1.5.0: localized subjects." >> $classes/InvoiceMailer.cls
git commit -q -am "Add localized invoice subjects"

fix_fee() {
  sed -i 's/setScale(2)/setScale(2, System.RoundingMode.HALF_UP)/' $classes/FeeCalculator.cls
}

case "$scenario" in
  valid)
    git switch -q -c hotfix/fix-fee-rounding v1.4.2
    fix_fee
    git commit -q -am "hotfix: round card fees half up" -m "Severity: Critical
Issue: #4821"
    ;;
  from-develop)
    git switch -q -c hotfix/fix-fee-rounding develop
    fix_fee
    git commit -q -am "hotfix: round card fees half up" -m "Severity: Critical
Issue: #4821"
    ;;
  too-many-files)
    git switch -q -c hotfix/fix-fee-rounding v1.4.2
    fix_fee
    for name in PaymentService InvoiceMailer FeeCalculatorTest PaymentFlowTests InvoiceMailer_Test; do
      echo "// touched by the hotfix" >> $classes/$name.cls
    done
    git commit -q -am "hotfix: round fees and touch everything" -m "Severity: High
Issue: PAY-77"
    ;;
  missing-issue)
    git switch -q -c hotfix/fix-fee-rounding v1.4.2
    fix_fee
    git commit -q -am "hotfix: round card fees half up" -m "Severity: Critical"
    ;;
  *)
    echo "Unknown scenario: $scenario" >&2
    exit 1
    ;;
esac
