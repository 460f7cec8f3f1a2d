#!/usr/bin/env bash
# Turns this folder into a clone with the payments sample: main tagged v1.4.2, develop one feature commit ahead,
# both pushed to the bare repository origin.git. Usage: setup.sh PAYMENTS_SAMPLE_FOLDER
set -euo pipefail

sample=${1:?usage: setup.sh PAYMENTS_SAMPLE_FOLDER}
cp -R "$sample/." .
printf 'target/\nbuild*.log\norigin.git/\n' > .gitignore

export GIT_AUTHOR_NAME="Sample Developer" GIT_AUTHOR_EMAIL="developer@example.com"
export GIT_COMMITTER_NAME="Sample Developer" GIT_COMMITTER_EMAIL="developer@example.com"
git init -q -b main
git config user.name "Sample Developer"
git config user.email "developer@example.com"
git add -A
git commit -q -m "Release 1.4.2"
git tag -a v1.4.2 -m "Release 1.4.2"

git switch -q -c develop
echo "// Planned for 1.5.0: localized subjects." >> force-app/main/default/classes/InvoiceMailer.cls
git commit -q -am "Add localized invoice subjects"

git init -q --bare -b main origin.git
git remote add origin "$(pwd)/origin.git"
git push -q origin main develop v1.4.2
git fetch -q origin
